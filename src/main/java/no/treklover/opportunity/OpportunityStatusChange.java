package no.treklover.opportunity;

import jakarta.validation.constraints.NotNull;

/** A change of status: DRAFT, OPEN, FILLED or CLOSED (see {@link OpportunityStatus} for which may follow which). */
public record OpportunityStatusChange(@NotNull(message = "{opportunities.validation.status}") OpportunityStatus status) {
}
