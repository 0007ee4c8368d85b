package no.treklover.network;

/** What became of a mentor's feedback to NAV (the double loop, seed 001). */
public enum FeedbackStatus {
    /** Given, not answered yet. */
    NEW,
    /** NAV has read it and answered; nothing changes for now. */
    NOTED,
    /** NAV changed its practice because of it. */
    CHANGED_PRACTICE,
    /** NAV will not change its practice, and says why. */
    WILL_NOT_CHANGE;

    boolean answered() {
        return this != NEW;
    }
}
