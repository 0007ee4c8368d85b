package no.treklover.platform.errors;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A save that breaks a unique rule in the database: two requests raced past the service's own "already exists"
 * check (two clicks on Lagre, two counsellors at once). That is a conflict for the user, not a server error.
 */
public final class UniqueViolations {

    /** PostgreSQL's SQLSTATE for unique_violation. */
    static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {
    }

    /** Whether a unique index or constraint refused the write. */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** Runs {@code write}; a unique violation becomes a {@link ConflictException} with {@code messageKey}. */
    public static <T> T orConflict(String messageKey, Supplier<T> write) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException e) {
            if (isUniqueViolation(e)) {
                throw new ConflictException(messageKey);
            }
            throw e;
        }
    }
}
