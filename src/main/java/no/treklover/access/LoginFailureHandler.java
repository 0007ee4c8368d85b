package no.treklover.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page after a failed login: a refusal with its own message (throttled, no role, ...) as
 * {@code ?refused=code}, anything else as {@code otherwise} (wrong password, or a failed OIDC exchange).
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(LoginFailureHandler.class);

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();
    private final String otherwise;
    private final boolean logOtherFailures;

    private LoginFailureHandler(String otherwise, boolean logOtherFailures) {
        this.otherwise = otherwise;
        this.logOtherFailures = logOtherFailures;
    }

    static LoginFailureHandler passwords() {
        return new LoginFailureHandler("/login?error", false);
    }

    /** A failed exchange with the identity provider is worth a line in the log; a wrong password is not. */
    static LoginFailureHandler oidc() {
        return new LoginFailureHandler("/login?refused=" + LoginRefusal.OIDC_FAILED.code(), true);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        if (e instanceof LoginRefusedException refused) {
            redirects.sendRedirect(request, response, "/login?refused=" + refused.refusal().code());
            return;
        }
        if (logOtherFailures) {
            log.warn("OpenID Connect login failed: {}", e.getMessage());
        }
        redirects.sendRedirect(request, response, otherwise);
    }
}
