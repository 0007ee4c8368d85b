package no.treklover.audit;

import no.treklover.access.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Hvem har sett opplysningene mine": the candidate's innsyn in who has accessed their data. */
@Controller
class AccessLogPageController {

    private final AccessLogService accessLogs;

    AccessLogPageController(AccessLogService accessLogs) {
        this.accessLogs = accessLogs;
    }

    @GetMapping("/my/access-log")
    String accessLog(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("entries", accessLogs.ownAccessLog(user, page, null));
        return "audit/access-log";
    }
}
