package no.treklover.consent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.candidate.CandidateService;
import no.treklover.platform.errors.ForbiddenException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Samtykke", description = "The candidate's consent to share, item by item and audience by audience")
class ConsentApiController {

    private final ConsentService consents;
    private final CandidateService candidates;

    ConsentApiController(ConsentService consents, CandidateService candidates) {
        this.consents = consents;
        this.candidates = candidates;
    }

    record ConsentDecision(@NotNull(message = "{validation.required}") @Size(max = 100, message = "{validation.size}")
            List<@Valid @NotNull(message = "{validation.required}") ConsentChoice> choices) {
    }

    @GetMapping("/api/v1/me/consents")
    @Operation(summary = "What the logged-in candidate shares with whom, and since when")
    List<ConsentStatus> mine(@AuthenticationPrincipal CurrentUser user) {
        return consents.grid(user, ownScope(user));
    }

    @PutMapping("/api/v1/me/consents")
    @Operation(summary = "Grant or withdraw consents; choices not listed stay as they are")
    List<ConsentStatus> decide(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody ConsentDecision decision) {
        consents.decide(user, ownScope(user), decision.choices());
        return consents.grid(user, ownScope(user));
    }

    @GetMapping("/api/v1/candidates/{id}/consents")
    @Operation(summary = "A candidate's consents, for the counsellor")
    List<ConsentStatus> ofCandidate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return consents.grid(user, candidates.load(id).scope());
    }

    private no.treklover.access.CaseScope ownScope(CurrentUser user) {
        if (user.candidateId() == null) {
            throw new ForbiddenException(user.username() + " is not a candidate");
        }
        return candidates.load(user.candidateId()).scope();
    }
}
