package no.treklover.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.treklover.platform.export.ExportTable;
import no.treklover.platform.text.NorwegianFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The statistics pages' tables as downloads (CSV and XLSX), with exactly the figures the page shows: a hidden count
 * is "–" and so is its share. A last table says what the figures count and how they are protected.
 */
@Component
class StatisticsExport {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");

    private final MessageSource messages;

    StatisticsExport(MessageSource messages) {
        this.messages = messages;
    }

    List<ExportTable> tables(OfficeDashboard d) {
        List<ExportTable> tables = new ArrayList<>();
        for (BreakdownTable t : d.tables()) {
            List<List<Object>> rows = new ArrayList<>();
            for (int i = 0; i < t.categories().size(); i++) {
                rows.add(List.of(text(t.breakdown().label(t.categories().get(i))), count(t.office().get(i)),
                        share(t.office().get(i)), count(t.county().get(i)), share(t.county().get(i))));
            }
            rows.add(List.of(text("insight.total"), count(t.officeTotal()), "", count(t.countyTotal()), ""));
            tables.add(new ExportTable(title(t.breakdown()), List.of(text("insight.col.category"), d.officeName(),
                    text("insight.export.share"), d.county(), text("insight.export.share")), rows));
        }
        tables.add(phaseTable(d.phaseTimes(), text("insight.col.unit")));
        tables.add(about(d.officeName(), d.from(), d.to()));
        return tables;
    }

    List<ExportTable> tables(AreaDashboard d) {
        String unitName = d.name() == null ? text("insight.nation") : d.name();
        List<ExportTable> tables = new ArrayList<>();
        for (AreaDashboard.AreaTable t : d.tables()) {
            List<String> header = new ArrayList<>();
            header.add(text(d.name() == null ? "insight.col.county" : "insight.col.office"));
            for (String category : t.categories()) {
                header.add(text(t.breakdown().label(category)));
                header.add(text("insight.export.share"));
            }
            header.add(text("insight.total"));
            List<List<Object>> rows = new ArrayList<>();
            for (AreaDashboard.AreaRow r : t.rows()) {
                List<Object> row = new ArrayList<>();
                row.add(r.name() == null ? text("insight.nation") : r.name());
                r.figures().forEach(f -> {
                    row.add(count(f));
                    row.add(share(f));
                });
                row.add(count(r.total()));
                rows.add(row);
            }
            tables.add(new ExportTable(title(t.breakdown()), header, rows));
        }
        tables.add(phaseTable(d.phaseTimes(), text(d.name() == null ? "insight.col.county" : "insight.col.office")));
        tables.add(about(unitName, d.from(), d.to()));
        return tables;
    }

    /** The file's name: statistikk-<unit>-<from>-<to>, in letters a file system takes. */
    static String fileName(String unit, java.time.LocalDate from, java.time.LocalDate to) {
        String plain = java.text.Normalizer.normalize(unit.toLowerCase(BOKMAL).replace("ø", "o").replace("æ", "ae")
                .replace("å", "a"), java.text.Normalizer.Form.NFD).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "statistikk-" + plain + "-" + from + "-" + to;
    }

    /** The median days per phase, a unit per row; a hidden median is "–". */
    private ExportTable phaseTable(PhaseTimes times, String unitHeader) {
        List<String> header = new ArrayList<>();
        header.add(unitHeader);
        times.phases().forEach(phase -> header.add(text("phase." + phase.name())));
        List<List<Object>> rows = new ArrayList<>();
        for (PhaseTimes.PhaseTimesRow r : times.rows()) {
            List<Object> row = new ArrayList<>();
            row.add(r.name() == null ? text("insight.nation") : r.name());
            r.medians().forEach(median -> row.add(median.hidden() ? "–" : median.days()));
            rows.add(row);
        }
        return new ExportTable(text("insight.phases.export"), header, rows);
    }

    private ExportTable about(String unit, java.time.LocalDate from, java.time.LocalDate to) {
        return new ExportTable(text("insight.export.about"), List.of(text("insight.export.about"), ""), List.of(
                List.of(text("insight.export.unit"), unit),
                List.of(text("insight.export.period"), NorwegianFormat.period(from, to)),
                List.of(text("insight.export.hidden"), text("insight.suppression")),
                List.of(text("insight.phases.title"), text("insight.phases.about")),
                List.of(text("insight.table.FOLLOW_UP_CADENCE"), text("insight.cadence.about"))));
    }

    private String title(Breakdown breakdown) {
        return text("insight.table." + breakdown.name());
    }

    private static Object count(Figure f) {
        return f.hidden() ? "–" : f.count();
    }

    private static Object share(Figure f) {
        return f.hidden() ? "–" : f.percent() == null ? "" : f.percent();
    }

    private String text(String key) {
        return messages.getMessage(key, null, BOKMAL);
    }
}
