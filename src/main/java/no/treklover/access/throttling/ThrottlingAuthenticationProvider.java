package no.treklover.access.throttling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.treklover.access.LoginRefusal;
import no.treklover.access.LoginRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password logins (the login form and, in the demo run, HTTP Basic) with a limit on failures: a locked username
 * or address is refused before its password is even checked, and the failure that reaches the limit is already
 * answered with the lock.
 */
public class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottlingAuthenticationProvider.class);

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    public ThrottlingAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        LoginThrottle.Subject username = throttle.username(authentication.getName());
        List<LoginThrottle.Subject> subjects = subjects(username, authentication);
        Optional<Duration> lockedFor = throttle.lockedFor(subjects);
        if (lockedFor.isPresent()) {
            throw new LoginRefusedException(LoginRefusal.THROTTLED, lockedFor.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.reset(username);
            return result;
        } catch (BadCredentialsException e) {
            Duration lock = Duration.ZERO;
            for (LoginThrottle.Subject subject : subjects) {
                Optional<Duration> locked = throttle.recordFailure(subject);
                if (locked.isPresent()) {
                    // the typed username itself stays out of the log: it may be a national id, or forge lines
                    log.warn("Password logins locked for {} min: too many failures for one {}",
                            locked.get().toMinutes(), subject.kind());
                    lock = locked.get().compareTo(lock) > 0 ? locked.get() : lock;
                }
            }
            if (!lock.isZero()) {
                throw new LoginRefusedException(LoginRefusal.THROTTLED, lock);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private List<LoginThrottle.Subject> subjects(LoginThrottle.Subject username, Authentication authentication) {
        List<LoginThrottle.Subject> subjects = new ArrayList<>(List.of(username));
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            subjects.add(throttle.address(details.getRemoteAddress()));
        }
        return subjects;
    }
}
