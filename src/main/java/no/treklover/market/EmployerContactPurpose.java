package no.treklover.market;

/** Why NAV contacted the employer (BRIEF §6, seed 002). */
public enum EmployerContactPurpose {
    /** Kartlegging av behov: what the employer needs, what it can offer. */
    NEEDS_MAPPING,
    /** Oppfølging of a placement, an agreement or an earlier contact. */
    FOLLOW_UP,
    /** Inkluderende arbeidsliv: the IA agreement, sickness absence, adaptation. */
    IA,
    /** Rekruttering: a vacancy, a candidate for it. */
    RECRUITMENT,
    /** Invitasjon til arrangement: job fair, Ta sjansen, bedriftsdag. */
    EVENT_INVITATION,
    OTHER
}
