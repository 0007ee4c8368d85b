package no.treklover.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import no.treklover.audit.AuditAction;
import no.treklover.audit.AuditLog;
import no.treklover.platform.errors.ForbiddenException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language stored on the logged-in person's account ({@code app_user.language}). The session check reads it
 * with the account on every request ({@link StaleSessionFilter}, no statement of its own) and leaves it on the
 * request, so a choice made on the phone holds on the next page on any other device too. Only users who choose
 * their language ({@link AccessPolicy#choosesLanguage}, the candidate) may change it.
 */
@Component
public class AccountLanguage {

    static final String REQUEST_ATTRIBUTE = AccountLanguage.class.getName();
    static final String RESOURCE = "account.language";

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final AuditLog audit;

    AccountLanguage(JdbcClient jdbc, AccessPolicy policy, AuditLog audit) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.audit = audit;
    }

    /** The account's language as the session check read it in this request; empty without a logged-in session. */
    public static Optional<String> of(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(REQUEST_ATTRIBUTE));
    }

    static void remember(HttpServletRequest request, String language) {
        request.setAttribute(REQUEST_ATTRIBUTE, language);
    }

    /**
     * Stores the language on the user's account ({@code language}: a supported BCP 47 tag, checked by the caller).
     * 403 for users who do not choose a language (staff pages stay bokmål).
     */
    @Transactional
    public void change(CurrentUser user, String language, HttpServletRequest request) {
        if (!policy.choosesLanguage(user)) {
            throw new ForbiddenException(user.username() + " does not choose a language");
        }
        jdbc.sql("update app_user set language = :language where id = :id")
                .param("language", language).param("id", user.id()).update();
        audit.allowed(user, AuditAction.WRITE, RESOURCE, user.candidateId(), "LANGUAGE_CHOICE");
        remember(request, language);
    }
}
