package no.treklover.platform.errors;

/** The request clashes with the current state, e.g. a duplicate or an edit of an outdated version (409). */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }

    /** The API path of what already exists and stands in the way, for the problem's {@code existing}; or null. */
    public String existing() {
        return null;
    }
}
