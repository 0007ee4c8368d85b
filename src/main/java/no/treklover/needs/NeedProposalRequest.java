package no.treklover.needs;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A proposal: an employer of the register, perhaps one of its workplaces (employer_sub_unit), and why. */
public record NeedProposalRequest(
        @NotNull(message = "{needs.validation.employer}") Long employerId,
        Long subUnitId,
        @Size(max = 1000, message = "{needs.validation.comment.size}") String comment) {
}
