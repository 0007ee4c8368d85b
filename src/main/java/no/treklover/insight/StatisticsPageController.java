package no.treklover.insight;

import java.time.LocalDate;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.RuleViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The office leader's start page: the office's statistics beside its county's. */
@Controller
class StatisticsPageController {

    private final StatisticsService statistics;

    StatisticsPageController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/statistics")
    String dashboard(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        OfficeDashboard dashboard;
        try {
            dashboard = statistics.officeDashboard(user, from, to);
        } catch (RuleViolationException e) {
            model.addAttribute("periodErrors", e.violations());
            dashboard = statistics.officeDashboard(user, null, null);
        }
        model.addAttribute("dashboard", dashboard);
        return "insight/dashboard";
    }
}
