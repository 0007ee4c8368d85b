package no.treklover.agreement.version;

/**
 * The targeted changes a counsellor may make to a concluded agreement (BRIEF §4), each giving a new version. NAV's
 * own names for them; labels in messages-agreement-versions.properties as {@code agreementversion.type.<NAME>}.
 */
public enum ChangeType {
    /** A later end date, within the longest allowed duration and the age limit. */
    FORLENGE,
    /** An earlier end date, with a reason. */
    FORKORTE,
    /** The mentor's name, phone, e-mail and tasks. */
    ENDRE_MENTOR,
    /** Pay, hours and rates, from a date inside the agreement period. */
    ENDRE_BEREGNING,
    /** The contact details of candidate, employer and counsellor. */
    ENDRE_KONTAKTINFO,
    /** The follow-up text. */
    ENDRE_OPPFOLGING;

    /** Whether the change alters the grant, so the grant periods are recalculated from its effective date. */
    public boolean changesGrant() {
        return this == FORLENGE || this == FORKORTE || this == ENDRE_BEREGNING;
    }

    public String messageKey() {
        return "agreementversion.type." + name();
    }
}
