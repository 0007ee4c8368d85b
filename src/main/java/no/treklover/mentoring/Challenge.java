package no.treklover.mentoring;

/** The common challenges of the mentor guide (seeds/004, BRIEF §5) that mentor or counsellor can flag. */
public enum Challenge {
    ENGAGING_TASKS,
    SLEEP_AND_DAY_RHYTHM,
    EXPECTATIONS,
    CHEMISTRY_AND_TRUST,
    DISTANCE_TO_WORK,
    NEGATIVE_COLLEAGUES,
    MENTOR_NEEDS_SUPPORT
}
