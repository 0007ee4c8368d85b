package no.treklover.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** Norwegian labels and values for a printed export: dates dd.MM.yyyy, times in Oslo, codes by their names. */
final class ExportTexts {

    static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(OSLO);
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
            return DATE.format(date);
        }
        if (value instanceof Instant instant) {
            return TIME.format(instant);
        }
        if (value instanceof ExportCode code) {
            return orElse(optional(code.messageKey()), code.code());
        }
        return value.toString();
    }

    String time(Instant instant) {
        return TIME.format(instant);
    }

    private static String orElse(String text, String fallback) {
        return text != null ? text : fallback;
    }
}
