package no.treklover.platform.errors;

/** The thing asked for does not exist (404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
