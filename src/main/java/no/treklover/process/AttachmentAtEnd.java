package no.treklover.process;

/**
 * The candidate's attachment to a company when the mentor measure ends (seed 000's summary after table 1): with the
 * company of the process, with another (e.g. an apprenticeship elsewhere), none, or not known. Recorded at Avslutning.
 */
public enum AttachmentAtEnd {
    SAME_EMPLOYER, OTHER_EMPLOYER, NONE, UNKNOWN
}
