package no.treklover.process;

/** How a process ended (BRIEF §3, Avslutning). */
public enum Outcome {
    ORDINARY_JOB, JOB_WITH_WAGE_SUBSIDY, EDUCATION_OR_APPRENTICESHIP, OTHER_MEASURE, CLARIFIED,
    ENDED_WITHOUT_JOB, MOVED_OR_HEALTH, UNKNOWN
}
