package no.treklover.platform.errors;

/** The thing exists, but the user may not see or change it (403). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
