package no.treklover.opportunity;

/** What kind of place an opportunity is (issue 13). */
public enum OpportunityType {
    WORK_TRAINING, TEMPORARY, ORDINARY, SUMMER_JOB, APPRENTICESHIP
}
