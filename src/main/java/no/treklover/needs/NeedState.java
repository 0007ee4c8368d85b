package no.treklover.needs;

/** A need's state on the board: open → proposed → meeting arranged → matched, or closed with a reason. */
public enum NeedState {
    OPEN, PROPOSED, MEETING_ARRANGED, MATCHED, CLOSED;

    /** Still on the board: matched and closed needs are done. */
    public boolean isActive() {
        return this != MATCHED && this != CLOSED;
    }
}
