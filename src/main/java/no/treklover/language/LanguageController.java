package no.treklover.language;

import jakarta.servlet.http.HttpServletRequest;
import no.treklover.access.AccessPolicy;
import no.treklover.access.AccountLanguage;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.RuleViolationException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The candidate chooses the language of her pages: a plain form (works without JavaScript) on every page she
 * sees, stored on her account and in the session, then back to the page she was on.
 */
@Controller
class LanguageController {

    private final Languages languages;
    private final AccountLanguage accounts;

    LanguageController(Languages languages, AccountLanguage accounts) {
        this.languages = languages;
        this.accounts = accounts;
    }

    @PostMapping("/language")
    String choose(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String language,
            @RequestParam(required = false) String returnTo, HttpServletRequest request) {
        if (!languages.supports(language)) {
            throw new RuleViolationException("language", "language.unsupported");
        }
        accounts.change(user, language, request);
        request.getSession().setAttribute(LanguageLocaleResolver.SESSION_ATTRIBUTE, language);
        return "redirect:" + localPath(returnTo);
    }

    /** Only a path inside the app, never another site; the start page otherwise. */
    static String localPath(String path) {
        boolean inside = path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.length() <= 500 && path.chars().noneMatch(Character::isISOControl);
        return inside ? path : "/";
    }

    /** The switch for every page of a user who chooses a language (the candidate); nothing for staff. */
    @ControllerAdvice(annotations = Controller.class)
    static class SwitchAdvice {

        private final Languages languages;
        private final AccessPolicy policy;

        SwitchAdvice(Languages languages, AccessPolicy policy) {
            this.languages = languages;
            this.policy = policy;
        }

        @ModelAttribute("languageSwitch")
        LanguageSwitch languageSwitch(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
            if (user == null || request.getRequestURI().startsWith("/api/") || !policy.choosesLanguage(user)) {
                return null;
            }
            String returnTo = "GET".equals(request.getMethod())
                    ? request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                    : "/";
            return new LanguageSwitch(Languages.tagOf(LocaleContextHolder.getLocale()),
                    Languages.TAGS.stream().map(tag -> new LanguageSwitch.Option(tag, languages.nameOf(tag))).toList(),
                    localPath(returnTo));
        }
    }
}
