package no.treklover.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;
import no.treklover.audit.AuditChainStore.ChainLink;
import no.treklover.audit.ChainVerification.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One link of the chain, checked the way the verifier walks it. */
class ChainLinkCheckTest {

    private static final String PREVIOUS = AuditHash.sha256("the entry before");
    private static final AuditRecord ENTRY = new AuditRecord(10, 5, Instant.parse("2025-03-01T09:00:00Z"), 1L,
            "veileder", "COUNSELLOR", "READ", "candidate", 3L, "READ_CASE", true);
    private static final String HASH = AuditHash.of(PREVIOUS, ENTRY);

    static Stream<Arguments> links() {
        AuditRecord changed = new AuditRecord(10, 5, ENTRY.occurredAt(), 1L, "veileder", "COUNSELLOR", "READ",
                "candidate", 3L, "EDIT_CASE", true);
        return Stream.of(
                Arguments.of("intact", link(ENTRY, PREVIOUS, HASH), null, null, null),
                Arguments.of("content changed", link(changed, PREVIOUS, HASH), Problem.HASH_MISMATCH,
                        AuditHash.of(PREVIOUS, changed), HASH),
                Arguments.of("hash replaced", link(ENTRY, PREVIOUS, AuditHash.sha256("x")),
                        Problem.HASH_MISMATCH, HASH, AuditHash.sha256("x")),
                Arguments.of("points elsewhere", link(ENTRY, AuditHash.GENESIS, HASH),
                        Problem.PREVIOUS_HASH_MISMATCH, PREVIOUS, AuditHash.GENESIS),
                Arguments.of("position skipped", link(ENTRY.at(6), PREVIOUS, HASH),
                        Problem.MISSING_POSITION, PREVIOUS, PREVIOUS),
                Arguments.of("entry removed, seal kept", new ChainLink(5, 10, null, PREVIOUS, HASH),
                        Problem.MISSING_ENTRY, PREVIOUS, PREVIOUS));
    }

    private static ChainLink link(AuditRecord entry, String previousHash, String hash) {
        return new ChainLink(entry.chainPosition(), entry.id(), entry, previousHash, hash);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("links")
    void check(String description, ChainLink link, Problem problem, String expected, String stored) {
        ChainVerification.BrokenLink broken = AuditChainVerifier.check(link, 5, PREVIOUS);

        if (problem == null) {
            assertThat(broken).isNull();
        } else {
            assertThat(broken).isEqualTo(new ChainVerification.BrokenLink(5, 10, problem, expected, stored));
        }
    }
}
