package no.treklover.notification;

import java.util.Locale;
import java.util.regex.Pattern;
import no.treklover.platform.text.PageLocale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A notification's text from the message bundles: on a page in the page's language (the candidate may have chosen
 * English), in an e-mail in the recipient's language, in the data export in bokmål; an unknown key shows a neutral
 * text. The arguments were fixed when the notification was made (names, dates) and are shown as they are.
 */
@Component
class NotificationTexts {

    static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    /** Anything that looks like a national id (11 digits) never reaches a text, whatever a publisher passed. */
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<!\\d)\\d{6}\\s?\\d{5}(?!\\d)");

    private static final Pattern NUMERIC_ARGUMENT = Pattern.compile("\\{(\\d+),\\s*(choice|number)");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");

    private final MessageSource messages;

    NotificationTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** In bokmål, as the data export writes it. */
    String text(String messageKey, java.util.List<String> arguments) {
        return text(messageKey, arguments, NORWEGIAN);
    }

    String text(String messageKey, java.util.List<String> arguments, Locale locale) {
        String fallback = messages.getMessage("notification.unknown", null, "Nytt varsel", locale);
        try {
            return mask(messages.getMessage(messageKey, typed(messageKey, arguments, locale), fallback, locale));
        } catch (IllegalArgumentException badFormat) {
            // Arguments are stored as text: a number format in the message that its argument does not fit must
            // never break the list.
            return fallback;
        }
    }

    /**
     * The stored arguments (text) as the message needs them: a count that the message formats as a number or chooses
     * a plural by ({@code {0,choice,1#1 oppgave|1<{0} oppgaver}}) becomes a number; everything else stays text.
     */
    private Object[] typed(String messageKey, java.util.List<String> arguments, Locale locale) {
        Object[] typed = arguments.toArray();
        String pattern = messages.getMessage(messageKey, null, "", locale);
        java.util.regex.Matcher numeric = NUMERIC_ARGUMENT.matcher(pattern);
        while (numeric.find()) {
            int index = Integer.parseInt(numeric.group(1));
            if (index < typed.length && typed[index] instanceof String value && WHOLE_NUMBER.matcher(value).matches()) {
                typed[index] = Long.valueOf(value);
            }
        }
        return typed;
    }

    /** On a page: in the page's language. */
    String text(Notification n) {
        return text(n.messageKey(), n.arguments(), PageLocale.current());
    }

    String message(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    static String mask(String text) {
        return text == null ? null : ELEVEN_DIGITS.matcher(text).replaceAll("***********");
    }
}
