package no.treklover.learning;

/** An office's meeting not tied to one process (issue 14). */
public enum OfficeMeetingType {
    /** Erfaringsutveksling: counsellors present anonymised cases and reflect on them together (seed 003). */
    EXPERIENCE_EXCHANGE,
    /** Markedsmøte. */
    MARKET_MEETING,
    /** Nettverkssamling. */
    NETWORK_GATHERING
}
