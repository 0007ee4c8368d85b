package no.treklover.event;

/** The kinds of market events of seed 002: the closed job fair ("Ta sjansen"), the kick-off with group interviews
 * (JobbLoop) and the employer breakfast (frokostmøte). */
public enum EventType {
    JOB_FAIR, KICK_OFF, BREAKFAST
}
