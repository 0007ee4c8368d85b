package no.treklover.employer.register;

/** Which of the register's two files: enheter (into {@code employer}) or underenheter (into {@code employer_sub_unit}). */
public enum RegisterKind {
    UNITS, SUB_UNITS
}
