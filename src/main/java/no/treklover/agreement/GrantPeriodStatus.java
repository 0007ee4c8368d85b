package no.treklover.agreement;

/** Where a grant period stands (NAV's tilskuddsperiode statuses). */
public enum GrantPeriodStatus {
    /** Waiting for a beslutter. */
    UBEHANDLET,
    /** Approved by a beslutter; the first one concludes the agreement. */
    GODKJENT,
    /** Rejected by a beslutter with reasons; back with the counsellor. */
    AVSLATT,
    /** No longer in force: superseded by a recalculation, or removed when the counsellor's approval went. */
    ANNULLERT;

    public boolean active() {
        return this != ANNULLERT;
    }
}
