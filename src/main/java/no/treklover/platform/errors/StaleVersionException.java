package no.treklover.platform.errors;

/** Someone else saved the same thing since this user loaded it (optimistic locking). */
public class StaleVersionException extends ConflictException {

    public StaleVersionException() {
        super("problem.staleVersion");
    }
}
