package no.treklover.opportunity;

/** The list's filters; each null or blank is no filter. {@code employer}: part of the employer's name or its org number. */
public record OpportunityFilter(OpportunityStatus status, OpportunityType type, String municipality, String employer) {

    public static final OpportunityFilter NONE = new OpportunityFilter(null, null, null, null);
}
