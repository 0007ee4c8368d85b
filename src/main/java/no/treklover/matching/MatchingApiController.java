package no.treklover.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.treklover.access.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Matching", description = "Ranked matches between needs and opportunities, each with its score and a "
        + "Norwegian explanation per factor; a proposal is made on the needs board (POST /api/v1/needs/{id}/proposals)")
class MatchingApiController {

    private final MatchingService matching;
    private final MatchExplanations explanations;

    MatchingApiController(MatchingService matching, MatchExplanations explanations) {
        this.matching = matching;
        this.explanations = explanations;
    }

    /** One factor: its points out of {@code max} (constraints may go below zero) and why. */
    record FactorResponse(MatchScoring.Factor factor, int points, int max, String explanation) {
    }

    /**
     * One result: an opportunity (from a need) or a need (from an opportunity). {@code employerId}/{@code subUnitId}
     * are what a proposal names; {@code needVersion} the need's version for its If-Match; {@code mayPropose} whether
     * this user records proposals on that need.
     */
    record MatchResponse(long id, String title, String where, int score, List<FactorResponse> factors,
            Long employerId, Long subUnitId, long needVersion, boolean mayPropose) {
    }

    /** The ranking, best first (at most 20), and how many candidates were scored. */
    record MatchesResponse(long id, int considered, List<MatchResponse> matches) {
    }

    @GetMapping("/needs/{id}/matches")
    @Operation(summary = "The open opportunities of the need's county ranked for the need, best first, with the "
            + "score and the explanation per factor")
    MatchesResponse forNeed(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        MatchingService.NeedMatches result = matching.forNeed(user, id);
        return new MatchesResponse(id, result.considered(), result.matches().stream().map(this::response).toList());
    }

    @GetMapping("/opportunities/{id}/matches")
    @Operation(summary = "The open needs of the boards this user sees ranked for the opportunity, best first, with "
            + "the score and the explanation per factor; every need shown is logged against its candidate")
    MatchesResponse forOpportunity(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        MatchingService.OpportunityMatches result = matching.forOpportunity(user, id);
        return new MatchesResponse(id, result.considered(), result.matches().stream().map(this::response).toList());
    }

    /** One candidate of the counsellor's own caseload: name and process, score and the explanation per factor. */
    record CandidateMatchResponse(long candidateId, long processId, String name, int score,
            List<FactorResponse> factors) {
    }

    record CandidateMatchesResponse(long id, int considered, List<CandidateMatchResponse> matches) {
    }

    @GetMapping("/opportunities/{id}/my-candidates")
    @Operation(summary = "The counsellor's weekly list: the candidates of her own open processes that fit the "
            + "opportunity (score 50 or more), best first, with the explanation per factor; each one shown is logged")
    CandidateMatchesResponse ownCaseload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        MatchingService.CaseloadMatches result = matching.forOwnCaseload(user, id);
        return new CandidateMatchesResponse(id, result.considered(), result.matches().stream()
                .map(m -> new CandidateMatchResponse(m.candidateId(), m.processId(), m.name(), m.total(),
                        factors(m.parts()))).toList());
    }

    private List<FactorResponse> factors(List<MatchScoring.Part> parts) {
        return parts.stream().map(p -> new FactorResponse(p.factor(), p.points(), p.max(), explanations.text(p)))
                .toList();
    }

    private MatchResponse response(MatchingService.Match m) {
        return new MatchResponse(m.id(), m.title(), m.where(), m.total(), factors(m.parts()), m.employerId(), m.subUnitId(), m.version(), m.mayPropose());
    }
}
