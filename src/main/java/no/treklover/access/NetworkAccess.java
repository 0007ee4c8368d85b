package no.treklover.access;

/** What a role does with mentor networks, their gatherings and the feedback to NAV (issue 14), least first. */
public enum NetworkAccess {
    /** Nothing: employers, candidates and the roles without an answer. */
    NONE,
    /** The mentor: the networks she is a member of, their gatherings, her own feedback and what became of it. */
    MEMBER,
    /** The counsellor: reads the office's networks and all their feedback, answers the items she owns. */
    READ,
    /** The office leader: manages the office's networks, gatherings and feedback, and answers any of it. */
    MANAGE
}
