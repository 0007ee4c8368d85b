package no.treklover.privacy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import no.treklover.platform.text.NorwegianFormat;
import org.springframework.context.MessageSource;

/**
 * Norwegian labels and values for a printed export, through {@link NorwegianFormat}: dates {@code 11.12.2026}, times
 * in Oslo {@code 11.12.2026 kl. 09:30}, decimals {@code 520 000} and {@code 14,1}, codes by their names.
 */
final class ExportTexts {

    static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final String NONE = "–";

    private final MessageSource messages;

    ExportTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, NB);
    }

    /** The text of a key, or null when the bundle has none. */
    String optional(String key) {
        return messages.getMessage(key, null, null, NB);
    }

    String section(String name) {
        return orElse(optional("privacy.section." + name), name);
    }

    String label(String field) {
        String own = optional("privacy.field." + field);
        return own != null ? own : orElse(optional("field." + field), field);
    }

    String value(Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return NONE;
        }
        if (value instanceof Boolean yes) {
            return text(yes ? "privacy.yes" : "privacy.no");
        }
        if (value instanceof LocalDate date) {
            return NorwegianFormat.date(date);
        }
        if (value instanceof Instant instant) {
            return NorwegianFormat.dateTime(instant);
        }
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            // amounts and rates; whole numbers (ids, counts) stay as they are, never grouped
            return NorwegianFormat.number((Number) value, 2);
        }
        if (value instanceof ExportCode code) {
            return orElse(optional(code.messageKey()), code.code());
        }
        return value.toString();
    }

    String time(Instant instant) {
        return NorwegianFormat.dateTime(instant);
    }

    private static String orElse(String text, String fallback) {
        return text != null ? text : fallback;
    }
}
