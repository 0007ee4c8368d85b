package no.treklover.access;

/**
 * What a user does in the learning arenas of their own office (issue 14): the office's meetings not tied to one
 * process, its agreed changes in practice and its question bank, least first.
 */
public enum LearningAccess {
    /** Nothing: candidates, partners and every role outside the office's staff. */
    NONE,
    /** Takes part: reads the meetings, writes their notes, presents own cases, proposes questions (the counsellor). */
    TAKE_PART,
    /** Also plans the meetings, records and follows up agreed changes and curates the question bank (office leader). */
    MANAGE;

    public boolean takesPart() {
        return this != NONE;
    }

    public boolean manages() {
        return this == MANAGE;
    }
}
