package no.treklover.agreement;

/** Why an agreement was annulled; labels as {@code agreement.annulment.<NAME>}. */
public enum AnnulmentReason {
    FEILREGISTRERING,
    BEGYNT_I_ARBEID,
    FATT_TILBUD_OM_ANNET_TILTAK,
    SYK,
    IKKE_MOTT,
    /** Set only by the system ({@link ExpiryRule}), never chosen by a user. */
    UTLOPT;

    public boolean choosableByUser() {
        return this != UTLOPT;
    }

    public String messageKey() {
        return "agreement.annulment." + name();
    }
}
