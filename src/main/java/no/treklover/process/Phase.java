package no.treklover.process;

/** The seven phases of the hybrid model (BRIEF §3), in order. */
public enum Phase {
    ASSESSMENT,          // Kartlegging
    EMPLOYER_CONTACT,    // Arbeidsgiverkontakt
    MENTOR_IDENTIFIED,   // Mentor identifisert
    START_UP,            // Oppstart
    FOLLOW_UP,           // Oppfølging
    CLOSURE,             // Avslutning
    POST_CHECK;          // Etterkontroll

    public boolean isBefore(Phase other) {
        return ordinal() < other.ordinal();
    }

    public Phase next() {
        return this == POST_CHECK ? null : values()[ordinal() + 1];
    }

    /** A process is open until it reaches Avslutning; a candidate may have only one open process. */
    public boolean isOpen() {
        return isBefore(CLOSURE);
    }
}
