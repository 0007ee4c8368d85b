package no.treklover.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After a login (the form or OpenID Connect), to the page that was asked for: the login page's {@code next} (kept in
 * the session, so it survives a failed attempt and the identity provider's round trip), else the page whose request
 * sent the user to the login (a link in a notification e-mail; also when the session had ended as stale), else the
 * role's start page. Only relative paths of this app ({@link LoginTarget}); never an htmx fragment.
 */
public final class ReturnToRequestedPage implements AuthenticationSuccessHandler {

    private final RequestCache requests = new HttpSessionRequestCache();
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        String target = target(request, response);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        redirects.sendRedirect(request, response, target);
    }

    private String target(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> asked = LoginTarget.safe(request.getParameter(LoginTarget.PARAMETER));
        HttpSession session = request.getSession(false);
        if (session != null) {
            Object kept = session.getAttribute(LoginTarget.SESSION_ATTRIBUTE);
            session.removeAttribute(LoginTarget.SESSION_ATTRIBUTE);
            if (asked.isEmpty() && kept instanceof String keptTarget) {
                asked = LoginTarget.safe(keptTarget);
            }
        }
        SavedRequest saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        if (asked.isEmpty() && saved != null && saved.getHeaderValues("HX-Request").isEmpty()) {
            asked = LoginTarget.fromSavedAddress(saved.getRedirectUrl());
        }
        return asked.orElse("/");
    }

    /** Saves a page request for after the login, as Spring Security does when it sends a user to the login page. */
    static void save(HttpServletRequest request, HttpServletResponse response) {
        if ("GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null) {
            new HttpSessionRequestCache().saveRequest(request, response);
        }
    }
}
