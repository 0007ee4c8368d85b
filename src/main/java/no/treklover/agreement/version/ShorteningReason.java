package no.treklover.agreement.version;

/** Why an agreement is shortened, as NAV lists it; ANNET needs a free text. */
public enum ShorteningReason {
    BEGYNT_I_ARBEID,
    FATT_TILBUD_OM_ANNET_TILTAK,
    SYK,
    IKKE_MOTT,
    FULLFORT,
    ANNET;

    public String messageKey() {
        return "agreementversion.reason." + name();
    }
}
