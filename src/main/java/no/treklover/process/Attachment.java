package no.treklover.process;

/** The candidate's attachment to the company when the process starts (seed 000, table 4). */
public enum Attachment {
    NONE, WORK_TRAINING, CLARIFICATION, TEMPORARY_STAFF, STUDENT, TEMPORARY_EMPLOYEE, PERMANENT_EMPLOYEE, OTHER
}
