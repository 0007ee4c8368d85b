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

    private static final Pattern NUMERIC_ARGUMENT = Pattern.compile("\\{(\\d+),\\s*(choice|number)");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");

    private final MessageSource messages;

    NotificationTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String messageKey, java.util.List<String> arguments) {
        String fallback = messages.getMessage("notification.unknown", null, "Nytt varsel", NORWEGIAN);
        String text = messages.getMessage(messageKey, typed(messageKey, arguments), fallback, NORWEGIAN);
        return mask(text);
    }

    /**
     * The stored arguments (text) as the message needs them: a count that the message formats as a number or chooses
     * a plural by ({@code {0,choice,1#1 oppgave|1<{0} oppgaver}}) becomes a number; everything else stays text.
     */
    private Object[] typed(String messageKey, java.util.List<String> arguments) {
        Object[] typed = arguments.toArray();
        String pattern = messages.getMessage(messageKey, null, "", NORWEGIAN);
        java.util.regex.Matcher numeric = NUMERIC_ARGUMENT.matcher(pattern);
        while (numeric.find()) {
            int index = Integer.parseInt(numeric.group(1));
            if (index < typed.length && typed[index] instanceof String value && WHOLE_NUMBER.matcher(value).matches()) {
                typed[index] = Long.valueOf(value);
            }
        }
        return typed;
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
