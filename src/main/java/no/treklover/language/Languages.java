package no.treklover.language;

import java.util.List;
import java.util.Locale;
import no.treklover.platform.text.NorwegianFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The languages the candidate's pages come in: bokmål (the bundles' base files) and each language with
 * {@code messages*_<tag>.properties} files. A new language is its bundles and one entry in {@link #TAGS}.
 * Templates use the bean as {@code @languages}.
 */
@Component("languages")
public class Languages {

    /** BCP 47 tags as stored on the account ({@code app_user.language}); the first is the default. */
    public static final List<String> TAGS = List.of("nb", "en");
    public static final String DEFAULT = "nb";

    private final MessageSource messages;

    Languages(MessageSource messages) {
        this.messages = messages;
    }

    public boolean supports(String tag) {
        return tag != null && TAGS.contains(tag);
    }

    /** The locale of a stored tag: bokmål as Norway writes it ({@code nb-NO}) for "nb" and anything unknown. */
    public static Locale localeOf(String tag) {
        if (tag == null || DEFAULT.equals(tag) || !TAGS.contains(tag)) {
            return NorwegianFormat.NORWEGIAN;
        }
        return Locale.forLanguageTag(tag);
    }

    /** The tag of a locale the app resolved (nb for bokmål). */
    public static String tagOf(Locale locale) {
        String language = locale == null ? DEFAULT : locale.getLanguage();
        return TAGS.contains(language) ? language : DEFAULT;
    }

    /** A language's name in that language itself ("English", "Norsk bokmål"), as a reader of it looks for it. */
    public String nameOf(String tag) {
        return messages.getMessage("language.self", null, tag, localeOf(tag));
    }
}
