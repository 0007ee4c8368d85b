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
    private final MatchRows rows;

    MatchingPageController(MatchingService matching, MatchRows rows) {
        this.matching = matching;
        this.rows = rows;
    }

    @GetMapping("/board/needs/{id}/matches")
    String forNeed(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        MatchingService.NeedMatches result = matching.forNeed(user, id);
        model.addAttribute("result", result);
        model.addAttribute("rows", rows.fromNeed(result));
        return "matching/need-matches";
    }

    @GetMapping("/opportunities/{id}/matches")
    String forOpportunity(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        MatchingService.OpportunityMatches result = matching.forOpportunity(user, id);
        model.addAttribute("result", result);
        model.addAttribute("rows", rows.fromOpportunity(result));
        return "matching/opportunity-matches";
    }

    /**
     * One row of the ranking from a need, explained per factor: the page a row links to (without JavaScript), and
     * the fragment its {@code <details>} loads by htmx. Both read, check and log exactly as the ranking does.
     */
    @GetMapping("/board/needs/{id}/matches/{opportunityId}")
    String explainForNeed(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long opportunityId, Model model) {
        return explained(matching.explainForNeed(user, id, opportunityId), true, false, model);
    }

    @GetMapping("/board/needs/{id}/matches/{opportunityId}/factors")
    String factorsForNeed(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long opportunityId, Model model) {
        return explained(matching.explainForNeed(user, id, opportunityId), true, true, model);
    }

    /** One row of the ranking from an opportunity, explained: the page and the fragment, as from a need. */
    @GetMapping("/opportunities/{id}/matches/{needId}")
    String explainForOpportunity(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long needId, Model model) {
        return explained(matching.explainForOpportunity(user, id, needId), false, false, model);
    }

    @GetMapping("/opportunities/{id}/matches/{needId}/factors")
    String factorsForOpportunity(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long needId, Model model) {
        return explained(matching.explainForOpportunity(user, id, needId), false, true, model);
    }

    private String explained(MatchingService.Explanation explained, boolean fromNeed, boolean fragment,
            Model model) {
        model.addAttribute("explained", explained);
        model.addAttribute("proposal", rows.proposal(explained));
        model.addAttribute("fromNeed", fromNeed);
        return fragment ? "matching/parts :: explainedFactors" : "matching/explanation";
    }

    @GetMapping("/opportunities/{id}/my-candidates")
    String ownCaseload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("result", matching.forOwnCaseload(user, id));
        return "matching/my-candidates";
    }
}
