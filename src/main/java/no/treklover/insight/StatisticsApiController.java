package no.treklover.insight;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import no.treklover.access.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The same figures as the dashboard, suppressed the same way: a hidden count is null, and so is its share. */
@RestController
@RequestMapping("/api/v1/statistics")
class StatisticsApiController {

    private final StatisticsService statistics;

    StatisticsApiController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/office")
    @Operation(summary = "The user's office beside its county for a period (default: the last twelve months); "
            + "counts below 5 persons, and counts from which one could be worked out, are null")
    OfficeDashboard office(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.officeDashboard(user, from, to);
    }

    @GetMapping("/counties/{county}")
    @Operation(summary = "A county with one row per office, then the county and the nation (analysts of the county "
            + "or the nation); suppressed like every other view of the period")
    AreaDashboard county(@AuthenticationPrincipal CurrentUser user, @PathVariable String county,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.countyDashboard(user, county, from, to);
    }

    @GetMapping("/nation")
    @Operation(summary = "The nation with one row per county (national analysts); suppressed like every other view")
    AreaDashboard nation(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.nationDashboard(user, from, to);
    }
}
