package no.treklover.audit;

import java.time.LocalDate;
import no.treklover.access.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Hvem har sett opplysningene mine": the candidate's innsyn, one line per day and person ("Vera Veileder
 * (veileder), NAV Grünerløkka – Så forløpet ditt og opplysningene om deg, 3 ganger"), with a filter by person,
 * kind (saw or changed) and period.
 */
@Controller
class AccessLogPageController {

    private final AccessLogService accessLogs;

    AccessLogPageController(AccessLogService accessLogs) {
        this.accessLogs = accessLogs;
    }

    /** The filter as the form sends it; a value that does not parse is left out rather than refused. */
    public static class FilterForm {
        private Long actor;
        private AuditAction action;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate from;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate to;

        public Long getActor() {
            return actor;
        }

        public void setActor(Long actor) {
            this.actor = actor;
        }

        public AuditAction getAction() {
            return action;
        }

        public void setAction(AuditAction action) {
            this.action = action;
        }

        public LocalDate getFrom() {
            return from;
        }

        public void setFrom(LocalDate from) {
            this.from = from;
        }

        public LocalDate getTo() {
            return to;
        }

        public void setTo(LocalDate to) {
            this.to = to;
        }

        AccessLogFilter toFilter() {
            return new AccessLogFilter(actor, action, from, to);
        }
    }

    @GetMapping("/my/access-log")
    String accessLog(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") FilterForm filter,
            BindingResult unparsable, @RequestParam(required = false) String page, Model model) {
        model.addAttribute("summary", accessLogs.ownAccessLogGroups(user, filter.toFilter(), pageNumber(page), null));
        model.addAttribute("persons", accessLogs.ownAccessLogPersons(user));
        return "audit/access-log";
    }

    private static Integer pageNumber(String page) {
        try {
            return page == null ? null : Integer.valueOf(page);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
