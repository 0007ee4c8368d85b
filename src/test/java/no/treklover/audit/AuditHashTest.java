package no.treklover.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditHashTest {

    private static final AuditRecord ENTRY = new AuditRecord(42, 7, Instant.parse("2025-03-01T09:15:30.123456Z"),
            11L, "veileder", "COUNSELLOR", "READ", "process", 99L, "READ_CASE", true);

    @Test
    void theCanonicalFormNamesEveryFieldWithItsByteLength() {
        assertThat(AuditCanonicalForm.of(ENTRY)).isEqualTo("treklover-audit-v1|1:7|2:42|27:2025-03-01T09:15:30.123456Z"
                + "|2:11|8:veileder|10:COUNSELLOR|4:READ|7:process|2:99|9:READ_CASE|4:true");
    }

    static Stream<Arguments> canonicalForms() {
        return Stream.of(
                Arguments.of("nulls are ~, not empty", new AuditRecord(1, 1, Instant.parse("2025-01-01T00:00:00Z"),
                        null, "kandidat", null, "READ", "candidate", null, null, false),
                        "treklover-audit-v1|1:1|1:1|27:2025-01-01T00:00:00.000000Z|~|8:kandidat|~|4:READ|9:candidate"
                                + "|~|~|5:false"),
                Arguments.of("empty is 0:", new AuditRecord(1, 1, Instant.parse("2025-01-01T00:00:00Z"),
                        null, "", "", "READ", "", null, "", false),
                        "treklover-audit-v1|1:1|1:1|27:2025-01-01T00:00:00.000000Z|~|0:|0:|4:READ|0:|~|0:|5:false"),
                Arguments.of("lengths count UTF-8 bytes", new AuditRecord(3, 2, Instant.parse("2025-06-30T22:00:00Z"),
                        5L, "ørjan", "COUNSELLOR", "WRITE", "candidate", 6L, "endre søknad", true),
                        "treklover-audit-v1|1:2|1:3|27:2025-06-30T22:00:00.000000Z|1:5|6:ørjan|10:COUNSELLOR|5:WRITE"
                                + "|9:candidate|1:6|13:endre søknad|4:true"),
                Arguments.of("nanoseconds beyond what PostgreSQL keeps are cut", new AuditRecord(1, 1,
                        Instant.parse("2025-01-01T00:00:00.123456789Z"), null, "a", null, "READ", "r", null, null,
                        true), "treklover-audit-v1|1:1|1:1|27:2025-01-01T00:00:00.123456Z|~|1:a|~|4:READ|1:r|~|~|4:true"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicalForms")
    void canonicalForm(String description, AuditRecord entry, String expected) {
        assertThat(AuditCanonicalForm.of(entry)).isEqualTo(expected);
    }

    @Test
    void aValueCannotImitateAFieldBoundary() {
        AuditRecord split = new AuditRecord(1, 1, ENTRY.occurredAt(), null, "a|1:b", null, "READ", "r", null, null, true);
        AuditRecord joined = new AuditRecord(1, 1, ENTRY.occurredAt(), null, "a", "b", "READ", "r", null, null, true);

        assertThat(AuditCanonicalForm.of(split)).isNotEqualTo(AuditCanonicalForm.of(joined));
    }

    static Stream<Arguments> changes() {
        return Stream.<Arguments>of(
                change("position", e -> e.at(8)),
                change("id", e -> new AuditRecord(43, 7, e.occurredAt(), e.actorId(), e.actorUsername(),
                        e.actorRole(), e.action(), e.resource(), e.candidateId(), e.purpose(), e.allowed())),
                change("time, by a microsecond", e -> new AuditRecord(42, 7, e.occurredAt().plusNanos(1000),
                        e.actorId(), e.actorUsername(), e.actorRole(), e.action(), e.resource(), e.candidateId(),
                        e.purpose(), e.allowed())),
                change("actor id", e -> new AuditRecord(42, 7, e.occurredAt(), 12L, e.actorUsername(),
                        e.actorRole(), e.action(), e.resource(), e.candidateId(), e.purpose(), e.allowed())),
                change("actor", e -> new AuditRecord(42, 7, e.occurredAt(), e.actorId(), "veileder2",
                        e.actorRole(), e.action(), e.resource(), e.candidateId(), e.purpose(), e.allowed())),
                change("role", e -> new AuditRecord(42, 7, e.occurredAt(), e.actorId(), e.actorUsername(),
                        "CANDIDATE", e.action(), e.resource(), e.candidateId(), e.purpose(), e.allowed())),
                change("action", e -> new AuditRecord(42, 7, e.occurredAt(), e.actorId(), e.actorUsername(),
                        e.actorRole(), "WRITE", e.resource(), e.candidateId(), e.purpose(), e.allowed())),
                change("resource", e -> new AuditRecord(42, 7, e.occurredAt(), e.actorId(), e.actorUsername(),
                        e.actorRole(), e.action(), "candidate", e.candidateId(), e.purpose(), e.allowed())),
                change("candidate", e -> new AuditRecord(42, 7, e.occurredAt(), e.actorId(), e.actorUsername(),
                        e.actorRole(), e.action(), e.resource(), null, e.purpose(), e.allowed())),
                change("purpose", e -> new AuditRecord(42, 7, e.occurredAt(), e.actorId(), e.actorUsername(),
                        e.actorRole(), e.action(), e.resource(), e.candidateId(), "EDIT_CASE", e.allowed())),
                change("allowed", e -> new AuditRecord(42, 7, e.occurredAt(), e.actorId(), e.actorUsername(),
                        e.actorRole(), e.action(), e.resource(), e.candidateId(), e.purpose(), false)));
    }

    private static Arguments change(String field, UnaryOperator<AuditRecord> change) {
        return Arguments.of(field, change);
    }

    @ParameterizedTest(name = "changing the {0} changes the hash")
    @MethodSource("changes")
    void everyFieldIsCoveredByTheHash(String field, UnaryOperator<AuditRecord> change) {
        assertThat(AuditHash.of(AuditHash.GENESIS, change.apply(ENTRY)))
                .isNotEqualTo(AuditHash.of(AuditHash.GENESIS, ENTRY));
    }

    @Test
    void theHashDependsOnThePreviousOne() {
        String first = AuditHash.of(AuditHash.GENESIS, ENTRY);

        assertThat(AuditHash.of(first, ENTRY)).isNotEqualTo(first).matches("[0-9a-f]{64}");
        assertThat(AuditHash.of(AuditHash.GENESIS, ENTRY)).isEqualTo(first);
    }

    @Test
    void theHashIsSha256OfPreviousHashNewlineAndCanonicalForm() {
        assertThat(AuditHash.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(AuditHash.of(AuditHash.GENESIS, ENTRY))
                .isEqualTo(AuditHash.sha256(AuditHash.GENESIS + "\n" + AuditCanonicalForm.of(ENTRY)));
        assertThat(AuditHash.GENESIS).hasSize(64).containsOnlyDigits().matches("0+");
    }
}
