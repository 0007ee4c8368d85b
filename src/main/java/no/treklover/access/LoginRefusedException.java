package no.treklover.access;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused for a {@link LoginRefusal}; for throttling it also says when to try again. */
public class LoginRefusedException extends AuthenticationException {

    private final LoginRefusal refusal;
    private final Duration retryAfter;

    public LoginRefusedException(LoginRefusal refusal) {
        this(refusal, null);
    }

    public LoginRefusedException(LoginRefusal refusal, Duration retryAfter) {
        super("Login refused: " + refusal.code());
        this.refusal = refusal;
        this.retryAfter = retryAfter;
    }

    public LoginRefusal refusal() {
        return refusal;
    }

    /** Null unless the refusal ends by itself (throttling). */
    public Duration retryAfter() {
        return retryAfter;
    }
}
