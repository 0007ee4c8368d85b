package no.treklover.consent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.treklover.access.CurrentUser;
import no.treklover.candidate.CandidateService;
import no.treklover.platform.errors.ForbiddenException;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.validation.SelfValidating;
import no.treklover.platform.validation.ValidRules;
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

    /** At most one choice per item and audience: two would contradict or repeat each other (a 409 before). */
    @ValidRules
    record ConsentDecision(@NotNull(message = "{validation.required}")
            @Size(max = 100, message = "{validation.listSize}")
            List<@Valid @NotNull(message = "{validation.required}") ConsentChoice> choices) implements SelfValidating {

        @Override
        public List<Violation> violations() {
            List<Violation> violations = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; choices != null && i < choices.size(); i++) {
                ConsentChoice choice = choices.get(i);
                if (choice != null && choice.item() != null && choice.audience() != null
                        && !seen.add(choice.item() + "/" + choice.audience())) {
                    violations.add(new Violation("choices[" + i + "]", "consent.duplicateChoice"));
                }
            }
            return violations;
        }
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
