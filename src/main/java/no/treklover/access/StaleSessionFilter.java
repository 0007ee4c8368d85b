package no.treklover.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import no.treklover.platform.web.StaticResources;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session holds a snapshot of the {@link CurrentUser} taken at login, and access decisions go by its role,
 * office, organisation and candidate. Each request with a logged-in session compares that snapshot with the
 * account (one primary-key read of app_user): when the account has been disabled, removed, or given another role,
 * office, organisation or candidate since, the session ends there: a page request goes to the login page, which
 * says why (and the login returns to the page asked for), and an API request goes on unauthenticated, so it is answered 401. Requests with their own
 * credentials (bearer token, HTTP Basic) load the account fresh anyway and are not checked here.
 */
final class StaleSessionFilter extends OncePerRequestFilter {

    private record Account(boolean enabled, Role role, String officeId, Long employerId, Long candidateId,
            String language) {
    }

    /** The login page, saying that the session ended because the account changed. */
    static final String ENDED = "/login?ended";
    private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final JdbcClient jdbc;

    StaleSessionFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Static files carry no personal data and need no check. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return StaticResources.isStaticFile(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Authentication authentication = contexts.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                    && !current(user, request)) {
                contexts.clearContext();
                session.invalidate();
                if (!API.matches(request)) {
                    // a fresh session remembers the page, so the next login returns to it
                    ReturnToRequestedPage.save(request, response);
                    response.sendRedirect(request.getContextPath() + ENDED);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the account still is what the session says it is. The same read gives the account's language, which
     * it leaves on the request for the page's locale ({@link AccountLanguage}).
     */
    boolean current(CurrentUser user, HttpServletRequest request) {
        Optional<Account> account = jdbc.sql("""
                        select enabled, role, office_id, employer_id, candidate_id, language
                          from app_user where id = :id""")
                .param("id", user.id())
                .query((rs, n) -> new Account(rs.getBoolean("enabled"), Role.valueOf(rs.getString("role")),
                        rs.getString("office_id"), rs.getObject("employer_id", Long.class),
                        rs.getObject("candidate_id", Long.class), rs.getString("language")))
                .optional();
        account.ifPresent(a -> AccountLanguage.remember(request, a.language()));
        return account.filter(a -> a.enabled() && a.role() == user.role()
                && Objects.equals(a.officeId(), user.officeId()) && Objects.equals(a.employerId(), user.employerId())
                && Objects.equals(a.candidateId(), user.candidateId())).isPresent();
    }
}
