package no.treklover.audit;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The one text form of an entry that the chain hashes. Every field is written as its UTF-8 byte length, a colon
 * and the value ({@code ~} for null), so no value can imitate a field boundary and null differs from empty.
 * Changing this format invalidates every sealed entry: add a new version instead.
 */
final class AuditCanonicalForm {

    static final String VERSION = "treklover-audit-v1";

    /** PostgreSQL keeps microseconds; always six digits, in UTC, so the text never depends on the JVM. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditCanonicalForm() {
    }

    static String of(AuditRecord entry) {
        StringBuilder out = new StringBuilder(VERSION);
        field(out, Long.toString(entry.chainPosition()));
        field(out, Long.toString(entry.id()));
        field(out, TIME.format(entry.occurredAt().truncatedTo(ChronoUnit.MICROS)));
        field(out, entry.actorId() == null ? null : entry.actorId().toString());
        field(out, entry.actorUsername());
        field(out, entry.actorRole());
        field(out, entry.action());
        field(out, entry.resource());
        field(out, entry.candidateId() == null ? null : entry.candidateId().toString());
        field(out, entry.purpose());
        field(out, Boolean.toString(entry.allowed()));
        return out.toString();
    }

    private static void field(StringBuilder out, String value) {
        out.append('|');
        if (value == null) {
            out.append('~');
        } else {
            out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
    }
}
