package no.treklover.audit;

import static org.assertj.core.api.Assertions.assertThat;

import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 16: the sealer writes a batch of seals with one statement, not one per entry, and the chain holds. */
@IntegrationTest
class AuditSealingTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditChainSealer sealer;

    @Autowired
    AuditChainVerifier verifier;

    @Test
    void tenThousandEntriesAreSealedWithAFewStatementsAndTheChainVerifies() {
        sealer.sealAll();
        jdbc.sql("""
                        insert into audit_entry (actor_username, actor_role, action, resource, candidate_id, purpose,
                                                 allowed)
                        select 'sealing-test', 'COUNSELLOR', 'READ', 'caseload', 9000000000 + g, 'CASELOAD_LIST', true
                        from generate_series(1, 10000) g""").update();
        long statements = AuditChainStore.SEAL_STATEMENTS.get();

        sealer.sealAll();

        assertThat(jdbc.sql("select count(*) from audit_unsealed").query(Long.class).single())
                .isZero();
        // 10 000 / 5 000 per batch; the schedule may have taken a share of the same entries meanwhile
        assertThat(AuditChainStore.SEAL_STATEMENTS.get() - statements).isBetween(1L, 6L);
        ChainVerification verified = verifier.verify();
        assertThat(verified.intact()).isTrue();
        assertThat(verified.checkedEntries()).isGreaterThanOrEqualTo(10_000);
    }
}
