package no.treklover.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data export as a JSON tree: {@code candidateId}, {@code exportedAt}, then one property per section, an object
 * for a single record and an array otherwise. Codes are their English constants, dates and times ISO-8601.
 */
final class ExportJson {

    private ExportJson() {
    }

    static Map<String, Object> of(DataExport export) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("candidateId", export.candidateId());
        json.put("exportedAt", export.exportedAt().toString());
        for (DataExport.Section section : export.sections()) {
            json.put(section.name(), content(section.content()));
        }
        return json;
    }

    private static Object content(ExportContent content) {
        List<Map<String, Object>> records = content.records().stream().map(ExportJson::record).toList();
        if (content.layout() == ExportContent.Layout.ONE) {
            return records.isEmpty() ? null : records.get(0);
        }
        return records;
    }

    private static Map<String, Object> record(ExportRecord record) {
        Map<String, Object> json = new LinkedHashMap<>();
        record.fields().forEach((name, value) -> json.put(name, value(value)));
        return json;
    }

    private static Object value(Object value) {
        if (value instanceof ExportCode code) {
            return code.code();
        }
        if (value instanceof Instant || value instanceof LocalDate) {
            return value.toString();
        }
        return value;
    }
}
