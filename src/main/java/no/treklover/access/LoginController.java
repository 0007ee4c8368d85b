package no.treklover.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final AccessPolicy policy;

    LoginController(AccessPolicy policy) {
        this.policy = policy;
    }

    /**
     * The login page. A safe {@code next} (a page of this app) is kept in the session for after the login, through a
     * failed attempt or the identity provider's round trip ({@link ReturnToRequestedPage}).
     */
    @GetMapping("/login")
    String login(@RequestParam(name = LoginTarget.PARAMETER, required = false) String next, HttpServletRequest request) {
        LoginTarget.safe(next).ifPresent(target ->
                request.getSession().setAttribute(LoginTarget.SESSION_ATTRIBUTE, target));
        return "login";
    }

    /** Each role lands on its own start page. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user) {
        if (policy.hasMarketWorkspace(user)) {
            return "redirect:/market";
        }
        if (policy.hasStatisticsHome(user)) {
            return "redirect:/statistics";
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
