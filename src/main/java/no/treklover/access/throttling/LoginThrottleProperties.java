package no.treklover.access.throttling;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed password logins are tolerated within {@code window} before logins are refused for
 * {@code lockDuration}: per username, and (higher, since a whole office may share one address) per client address.
 */
@ConfigurationProperties("treklover.security.login-throttle")
public record LoginThrottleProperties(
        @DefaultValue("5") int maxFailuresPerUsername,
        @DefaultValue("100") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration lockDuration) {

    public LoginThrottleProperties {
        if (maxFailuresPerUsername < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("treklover.security.login-throttle: max failures must be 1 or more");
        }
        if (window.isNegative() || window.isZero() || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("treklover.security.login-throttle: durations must be positive");
        }
    }
}
