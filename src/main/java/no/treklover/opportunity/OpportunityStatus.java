package no.treklover.opportunity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an opportunity stands. Only OPEN ones are matched. The transitions: a draft is opened (or dropped); an open one
 * is filled or closed, or taken back to draft to be reworked; a filled one opens again when a slot frees; a closed one
 * may be opened again (the employer comes back next season).
 */
public enum OpportunityStatus {
    DRAFT, OPEN, FILLED, CLOSED;

    private static final Map<OpportunityStatus, Set<OpportunityStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(OPEN, CLOSED),
            OPEN, EnumSet.of(DRAFT, FILLED, CLOSED),
            FILLED, EnumSet.of(OPEN, CLOSED),
            CLOSED, EnumSet.of(OPEN));

    public Set<OpportunityStatus> next() {
        return NEXT.get(this);
    }

    public boolean mayBecome(OpportunityStatus target) {
        return target != null && NEXT.get(this).contains(target);
    }
}
