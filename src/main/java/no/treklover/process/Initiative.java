package no.treklover.process;

/** Who took the initiative to use a mentor (seed 000, table 3). */
public enum Initiative {
    COUNSELLOR, EMPLOYER, CANDIDATE, OTHER
}
