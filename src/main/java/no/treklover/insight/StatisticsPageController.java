package no.treklover.insight;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.access.StatisticsReach;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.export.Csv;
import no.treklover.platform.export.ExportTable;
import no.treklover.platform.export.Xlsx;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The statistics pages: the office leader's start page (the office beside its county), a county with its offices,
 * and the nation with its counties; {@code /statistics} leads each user to the page of her reach.
 */
@Controller
class StatisticsPageController {

    private final StatisticsService statistics;
    private final StatisticsExport export;

    StatisticsPageController(StatisticsService statistics, StatisticsExport export) {
        this.statistics = statistics;
        this.export = export;
    }

    @GetMapping("/statistics.{format:csv|xlsx}")
    ResponseEntity<byte[]> officeDownload(@AuthenticationPrincipal CurrentUser user, @PathVariable String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        OfficeDashboard d = statistics.officeDashboard(user, from, to);
        return download(export.tables(d), StatisticsExport.fileName(d.officeName(), d.from(), d.to()), format);
    }

    @GetMapping("/statistics/counties/{county}/tables.{format:csv|xlsx}")
    ResponseEntity<byte[]> countyDownload(@AuthenticationPrincipal CurrentUser user, @PathVariable String county,
            @PathVariable String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        AreaDashboard d = statistics.countyDashboard(user, county, from, to);
        return download(export.tables(d), StatisticsExport.fileName(county, d.from(), d.to()), format);
    }

    @GetMapping("/statistics/nation.{format:csv|xlsx}")
    ResponseEntity<byte[]> nationDownload(@AuthenticationPrincipal CurrentUser user, @PathVariable String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        AreaDashboard d = statistics.nationDashboard(user, from, to);
        return download(export.tables(d), StatisticsExport.fileName("landet", d.from(), d.to()), format);
    }

    /** The figures of the period asked for; a period that does not hold shows its errors over the default one. */
    private static <T> T forPeriod(LocalDate from, LocalDate to, Model model,
            java.util.function.BiFunction<LocalDate, LocalDate, T> figures) {
        try {
            return figures.apply(from, to);
        } catch (RuleViolationException e) {
            model.addAttribute("periodErrors", e.violations());
            return figures.apply(null, null);
        }
    }

    private static ResponseEntity<byte[]> download(List<ExportTable> tables, String name, String format) {
        boolean csv = "csv".equals(format);
        byte[] body;
        if (csv) {
            body = Csv.of(tables).getBytes(StandardCharsets.UTF_8);
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Xlsx.write(tables, out);
            body = out.toByteArray();
        }
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "." + format).build().toString())
                .body(body);
    }

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @GetMapping("/statistics")
    String dashboard(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        StatisticsService.Reach reach = statistics.reach(user);
        if (reach.level() == StatisticsReach.Level.NATION) {
            return "redirect:/statistics/nation";
        }
        if (reach.level() == StatisticsReach.Level.COUNTY) {
            return "redirect:/statistics/counties/" + URLEncoder.encode(reach.county(), StandardCharsets.UTF_8)
                    .replace("+", "%20");
        }
        model.addAttribute("dashboard", forPeriod(from, to, model,
                (f, t) -> statistics.officeDashboard(user, f, t)));
        return "insight/dashboard";
    }

    @GetMapping("/statistics/counties/{county}")
    String county(@AuthenticationPrincipal CurrentUser user, @PathVariable String county,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        model.addAttribute("area", forPeriod(from, to, model,
                (f, t) -> statistics.countyDashboard(user, county, f, t)));
        model.addAttribute("nationLink", statistics.reach(user).level() == StatisticsReach.Level.NATION);
        return "insight/area";
    }

    @GetMapping("/statistics/nation")
    String nation(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        model.addAttribute("area", forPeriod(from, to, model, (f, t) -> statistics.nationDashboard(user, f, t)));
        model.addAttribute("nationLink", false);
        return "insight/area";
    }
}
