package no.treklover.access;

/**
 * What a user can ask to do in the mentor's workspace of a process (BRIEF §5): the mentor guide's checklist,
 * the weekly plan, the mastery log, "Spør veilederen" and the challenge flags. Each role's policy says which of
 * these it permits; {@link AccessPolicy#requireMentoring} decides and audit-logs.
 */
public enum MentoringAction {
    /** The six steps with the mentor's notes, the boundaries. */
    READ_CHECKLIST(false),
    /** Tick a step done or not done, write the step's note: the mentor's own. */
    EDIT_CHECKLIST(true),
    READ_WEEKLY_PLAN(false),
    /** The mentor and the candidate edit the weekly plan together. */
    EDIT_WEEKLY_PLAN(true),
    READ_MASTERY_LOG(false),
    /** The mentor and the candidate add what went well and what was hard. */
    ADD_MASTERY_ENTRY(true),
    /** The "Spør veilederen" channel: questions to the counsellor with their answers. */
    READ_QUESTIONS(false),
    /** Mentor and employer ask the counsellor. */
    ASK_QUESTION(true),
    /** The counsellor answers. */
    ANSWER_QUESTION(true),
    READ_CHALLENGE_FLAGS(false),
    /** Mentor or counsellor flags one of the common challenges. */
    RAISE_CHALLENGE_FLAG(true),
    /** Only the counsellor marks a flag resolved. */
    RESOLVE_CHALLENGE_FLAG(true);

    private final boolean write;

    MentoringAction(boolean write) {
        this.write = write;
    }

    public boolean isWrite() {
        return write;
    }
}
