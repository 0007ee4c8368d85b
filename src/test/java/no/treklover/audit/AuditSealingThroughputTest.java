package no.treklover.audit;

import static org.assertj.core.api.Assertions.assertThat;

import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16: how fast the sealer appends a backlog to the chain (entries per second). Loads
 * {@code -Daudit.throughput.entries} (default 200 000) unsealed entries in one statement, seals them all and
 * prints the rate. A benchmark: run with {@code -Dtest=AuditSealingThroughputTest -Dtest.excludedGroups=none}.
 */
@IntegrationTest
@Tag("benchmark")
class AuditSealingThroughputTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditChainSealer sealer;

    @Autowired
    AuditChainVerifier verifier;

    @Test
    void sealsABacklogFasterThanFiftyConnectionsWriteIt() {
        int entries = Integer.getInteger("audit.throughput.entries", 200_000);
        sealer.sealAll();
        jdbc.sql("""
                        insert into audit_entry (actor_id, actor_username, actor_role, action, resource, candidate_id,
                                                 purpose, allowed)
                        select null, 'throughput', 'COUNSELLOR', 'READ', 'caseload', 9000000000 + g, 'CASELOAD_LIST', true
                        from generate_series(1, :n) g""")
                .param("n", entries).update();

        long start = System.nanoTime();
        long sealed = sealer.sealAll();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("AUDIT SEALING: %d entries in %.2f s = %.0f entries/s%n", sealed, seconds,
                sealed / seconds);

        assertThat(jdbc.sql("select count(*) from audit_unsealed").query(Long.class).single())
                .isZero();
        assertThat(verifier.verify().intact()).isTrue();
    }
}
