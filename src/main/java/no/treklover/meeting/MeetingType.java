package no.treklover.meeting;

/** The cloverleaf's meeting types (BRIEF §5). */
public enum MeetingType {
    OPPSTARTSMOTE, TREKLOVERSAMTALE, OPPFOLGINGSMOTE, ROTASJON, EVALUERING_AVSLUTNING;

    /** Whether a held meeting of this type counts as a follow-up for the cadence. */
    public boolean countsAsFollowUp() {
        return this != OPPSTARTSMOTE;
    }
}
