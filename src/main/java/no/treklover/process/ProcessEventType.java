package no.treklover.process;

/** Kinds of entries in a process timeline. */
public enum ProcessEventType {
    CREATED, PHASE_FORWARD, PHASE_BACK, DETAILS_UPDATED, MEASURE_ADDED, MEASURE_REMOVED, CONSENT_GRANTED,
    CONSENT_WITHDRAWN
}
