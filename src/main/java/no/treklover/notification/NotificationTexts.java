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
        String text = messages.getMessage(messageKey, arguments.toArray(), fallback, locale);
        return mask(text);
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
