package no.treklover.platform.errors;

import org.springframework.http.HttpStatus;

/** A conditional API request without or with an outdated If-Match (428 or 412). */
public class PreconditionException extends RuntimeException {

    private final HttpStatus status;

    private PreconditionException(HttpStatus status, String messageKey) {
        super(messageKey);
        this.status = status;
    }

    public static PreconditionException missing() {
        return new PreconditionException(HttpStatus.PRECONDITION_REQUIRED, "problem.ifMatchRequired");
    }

    public static PreconditionException failed() {
        return new PreconditionException(HttpStatus.PRECONDITION_FAILED, "problem.staleVersion");
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return getMessage();
    }
}
