package no.treklover.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing in an export (a candidate, a process, a timeline entry) as named fields in a fixed order. Values are
 * text, numbers, booleans, {@link LocalDate}, {@link Instant}, {@link ExportCode} or null; field names are English
 * camelCase (the JSON property) and get their Norwegian label from {@code privacy.field.<name>} or {@code field.<name>}.
 */
public final class ExportRecord {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public ExportRecord field(String name, Object value) {
        if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof LocalDate || value instanceof Instant || value instanceof ExportCode)) {
            throw new IllegalArgumentException("Unsupported export value for " + name + ": " + value.getClass());
        }
        fields.put(name, value);
        return this;
    }

    public Map<String, Object> fields() {
        return Collections.unmodifiableMap(fields);
    }
}
