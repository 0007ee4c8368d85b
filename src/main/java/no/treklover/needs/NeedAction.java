package no.treklover.needs;

/**
 * What someone does with a need; each is one row of {@link NeedTransitionRules} and one line of the need's history.
 * POST, PROPOSE and ACCEPT have their own endpoints; the rest are transitions.
 */
public enum NeedAction {
    /** The counsellor puts the need on the office's board. */
    POST,
    /** A meeting names an employer (and perhaps a workplace) for the need. */
    PROPOSE,
    /** The employer agreed to meet the candidate. */
    ARRANGE_MEETING,
    /** The proposals came to nothing: the need is open again. */
    REOPEN,
    /** The local meeting found nothing: the county's Arbeidslivssenter meeting takes it over. */
    ESCALATE,
    /** Not discussed to the end: on the agenda of the next meeting again. */
    POSTPONE,
    /** Off the board without a match from it, with a reason. */
    CLOSE,
    /** The counsellor accepts a proposal: the match, and the process's workplace follows from it. */
    ACCEPT;

    /** The actions the transitions endpoint and the meeting's decision forms take. */
    public boolean isTransition() {
        return this != POST && this != PROPOSE && this != ACCEPT;
    }
}
