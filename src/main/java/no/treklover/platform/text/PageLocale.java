package no.treklover.platform.text;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The language of the page being rendered, for Java code that builds texts for a page (section beans, views):
 * the request's locale (bokmål for staff, the candidate's own choice on her pages), and bokmål outside a request
 * (jobs, e-mails), never the server's default locale.
 */
public final class PageLocale {

    private PageLocale() {
    }

    public static Locale current() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return locale == null ? NorwegianFormat.NORWEGIAN : locale;
    }
}
