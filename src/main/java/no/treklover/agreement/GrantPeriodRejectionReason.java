package no.treklover.agreement;

/** NAV's reasons for rejecting a grant period; one or more, always with an explanation. */
public enum GrantPeriodRejectionReason {
    FEIL_I_FAKTAOPPLYSNINGER,
    FEIL_I_REGELFORSTAELSE,
    FEIL_I_BEREGNING,
    ANNET
}
