package no.treklover.matching;

import no.treklover.access.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The two rankings' pages, reached from the need's and the opportunity's page. "Foreslå" is a plain form that posts to
 * the needs board's proposal (no script needed); nothing is matched automatically.
 */
@Controller
class MatchingPageController {

    private final MatchingService matching;

    MatchingPageController(MatchingService matching) {
        this.matching = matching;
    }

    @GetMapping("/board/needs/{id}/matches")
    String forNeed(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("result", matching.forNeed(user, id));
        return "matching/need-matches";
    }

    @GetMapping("/opportunities/{id}/matches")
    String forOpportunity(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("result", matching.forOpportunity(user, id));
        return "matching/opportunity-matches";
    }

    @GetMapping("/opportunities/{id}/my-candidates")
    String ownCaseload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("result", matching.forOwnCaseload(user, id));
        return "matching/my-candidates";
    }
}
