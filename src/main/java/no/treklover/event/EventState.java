package no.treklover.event;

/** An event's lifecycle: draft → published → held → closed, or cancelled (with a reason) before it is held. */
public enum EventState {
    DRAFT, PUBLISHED, HELD, CLOSED, CANCELLED;

    /** The states one may move to from this one (the organiser's buttons). */
    public java.util.List<EventState> next() {
        return switch (this) {
            case DRAFT -> java.util.List.of(PUBLISHED, CANCELLED);
            case PUBLISHED -> java.util.List.of(HELD, CANCELLED);
            case HELD -> java.util.List.of(CLOSED);
            case CLOSED, CANCELLED -> java.util.List.of();
        };
    }

    /** Whether counsellors may book (and the invited offices see it). */
    public boolean open() {
        return this == PUBLISHED;
    }
}
