package no.treklover.employer.register;

import java.util.Map;

/**
 * One row of a register file as read, before validation: its fields under the register's own names in lower case,
 * nested objects flattened with dots as in the register's CSV ({@code forretningsadresse.kommunenummer}), lists
 * joined with line breaks. A row that could not be read at all is {@code malformed}, with what was wrong.
 *
 * @param position the element's index in the JSON array (from 0), or the CSV line the row starts on (from 1)
 * @param orgNumberHint for a malformed row, the organisation number found in its raw text, if any
 */
record RawRow(PositionKind positionKind, long position, Map<String, String> fields, String malformed,
        String orgNumberHint) {

    enum PositionKind { INDEX, LINE }

    static RawRow of(PositionKind kind, long position, Map<String, String> fields) {
        return new RawRow(kind, position, fields, null, null);
    }

    static RawRow malformed(PositionKind kind, long position, String problem, String orgNumberHint) {
        return new RawRow(kind, position, Map.of(), problem, orgNumberHint);
    }

    boolean isMalformed() {
        return malformed != null;
    }

    String field(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
