package no.treklover.candidate;

/** Innsatsgruppe under NAV-loven §14a; NAV's own codes, since this is a fixed legal term. */
public enum EffortGroup {
    STANDARD_INNSATS,
    SITUASJONSBESTEMT_INNSATS,
    SPESIELT_TILPASSET_INNSATS,
    GRADERT_VARIG_TILPASSET_INNSATS,
    VARIG_TILPASSET_INNSATS
}
