package no.treklover.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import no.treklover.access.AccessPolicy;
import no.treklover.access.AccountLanguage;
import no.treklover.access.CurrentUser;
import no.treklover.platform.text.NorwegianFormat;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The page's language: the candidate's own choice, stored on her account (read with the session check on every
 * request, so it holds across devices) and, for the rest of the session, in the session; bokmål for everyone else,
 * so staff pages stay bokmål. The browser's Accept-Language is not used: the choice is the person's, made once.
 */
class LanguageLocaleResolver implements LocaleResolver {

    /** The choice made in this session, for a request whose account was not read (the session check skipped it). */
    static final String SESSION_ATTRIBUTE = LanguageLocaleResolver.class.getName() + ".LANGUAGE";

    private final AccessPolicy policy;

    LanguageLocaleResolver(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)
                || !policy.choosesLanguage(user)) {
            return NorwegianFormat.NORWEGIAN;
        }
        String tag = AccountLanguage.of(request).orElseGet(() -> fromSession(request));
        return Languages.localeOf(tag);
    }

    private static String fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(SESSION_ATTRIBUTE);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language is chosen with POST /language");
    }
}
