package no.treklover.event;

/** The employer's decision after an interview. */
public enum Decision {
    ARBEIDSTRENING, JOB, SECOND_INTERVIEW, NO;

    /** Whether the decision is an offer the candidate may accept. */
    public boolean offer() {
        return this == ARBEIDSTRENING || this == JOB;
    }
}
