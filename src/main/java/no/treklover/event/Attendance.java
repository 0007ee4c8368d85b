package no.treklover.event;

/** Whether the candidate came to her interview. */
public enum Attendance {
    MET, NO_SHOW
}
