package no.treklover.notification;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A notification's text from the message bundles, in bokmål; an unknown key shows a neutral text. */
@Component
class NotificationTexts {

    static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    /** Anything that looks like a national id (11 digits) never reaches a text, whatever a publisher passed. */
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<!\\d)\\d{6}\\s?\\d{5}(?!\\d)");

    private final MessageSource messages;

    NotificationTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String messageKey, java.util.List<String> arguments) {
        String fallback = messages.getMessage("notification.unknown", null, "Nytt varsel", NORWEGIAN);
        try {
            return mask(messages.getMessage(messageKey, arguments.toArray(), fallback, NORWEGIAN));
        } catch (IllegalArgumentException badFormat) {
            // Arguments are stored as text: a number format in the message (choice) must never break the list.
            return fallback;
        }
    }

    String text(Notification n) {
        return text(n.messageKey(), n.arguments());
    }

    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, NORWEGIAN);
    }

    static String mask(String text) {
        return text == null ? null : ELEVEN_DIGITS.matcher(text).replaceAll("***********");
    }
}
