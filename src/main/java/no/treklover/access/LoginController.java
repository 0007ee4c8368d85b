package no.treklover.access;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final AccessPolicy policy;

    LoginController(AccessPolicy policy) {
        this.policy = policy;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Each role lands on its own start page. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user) {
        if (policy.hasMarketWorkspace(user)) {
            return "redirect:/market";
        }
        return switch (user.role()) {
            case COUNSELLOR -> "redirect:/caseload";
            case CANDIDATE -> "redirect:/my";
            case PRIVACY_OFFICER -> "redirect:/audit";
            case MENTOR, EMPLOYER -> "redirect:/partner";
            case DECISION_MAKER -> "redirect:/beslutter";
            default -> "home";
        };
    }
}
