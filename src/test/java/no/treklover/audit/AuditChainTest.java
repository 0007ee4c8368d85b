package no.treklover.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import no.treklover.audit.ChainVerification.Problem;
import no.treklover.platform.database.SchemaOwner;
import no.treklover.support.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The hash chain on the real database: sealing, append-only rules and verification. */
@IntegrationTest
class AuditChainTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditChainSealer sealer;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    SchemaOwner owner;

    @Test
    void transactionsCommittingOutOfIdOrderAreChainedInCommitOrder() throws Exception {
        try (Connection early = dataSource.getConnection(); Connection late = dataSource.getConnection()) {
            early.setAutoCommit(false);
            late.setAutoCommit(false);
            long earlyId = insert(early, "out-of-order-early");
            long lateId = insert(late, "out-of-order-late");
            assertThat(lateId).isGreaterThan(earlyId);

            late.commit();
            sealer.sealAll();
            assertThat(position(lateId)).isNotNull();
            assertThat(position(earlyId)).as("not committed yet, so not visible to the sealer").isNull();

            early.commit();
            sealer.sealAll();
            assertThat(position(earlyId)).isGreaterThan(position(lateId));
        }
        assertChainIsDense();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void manyNodesSealingWhileOthersWriteStillMakeOneDenseChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int node = 0; node < 3; node++) {
                int n = node;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        insertCommitted("node-" + n + "-" + i);
                    }
                }));
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        sealer.sealAll();
                        sealer.sealIfIdle();
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        sealer.sealAll();

        assertChainIsDense();
        ChainVerification result = verifier.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.unsealedEntries()).isZero();
        assertThat(result.checkedEntries()).isGreaterThanOrEqualTo(120);
    }

    @Test
    void theScheduleSealsNewEntriesWithinSeconds() {
        long id = insertCommitted("scheduled");

        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> position(id) != null);
    }

    @Test
    void sealedEntriesAndTheirSealsCannotBeChangedOrRemoved() {
        long id = insertCommitted("append-only");
        sealer.sealAll();
        String hash = sealedHash(id);

        assertRefused("update audit_entry set purpose = 'changed' where id = " + id, "audit_entry");
        assertRefused("delete from audit_entry where id = " + id, "audit_entry");
        assertRefused("truncate audit_entry", "audit_entry");
        assertRefused("update audit_seal set hash = repeat('a', 64) where entry_id = " + id, "audit_seal");
        assertRefused("delete from audit_seal where entry_id = " + id, "audit_seal");
        assertRefused("truncate audit_seal", "audit_seal");
        assertRefused("""
                insert into audit_seal (chain_position, entry_id, previous_hash, hash)
                values (999999999, %d, repeat('0', 64), repeat('1', 64))""".formatted(id), "audit_seal");
        assertThat(jdbc.sql("select purpose from audit_entry where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("append-only");
        assertThat(sealedHash(id)).isEqualTo(hash);
    }

    @Test
    void aNewEntryWaitsInTheQueueUntilItIsSealed() {
        long id = insertCommitted("queued");
        assertThat(queued(id)).isTrue();
        assertThat(position(id)).isNull();

        sealer.sealAll();

        assertThat(queued(id)).isFalse();
        assertThat(position(id)).isNotNull();
    }

    @Test
    void theAppsOwnAccountOwnsNoTableSoItCannotSwitchTheProtectionOff() {
        assertThat(jdbc.sql("select current_user").query(String.class).single())
                .isNotEqualTo(owner.user()).isEqualTo(owner.appRole());
        assertThat(jdbc.sql("select count(*) from pg_tables where tableowner = current_user").query(Long.class)
                .single()).isZero();

        for (String sql : List.of(
                "alter table audit_entry disable trigger audit_entry_append_only",
                "drop trigger audit_entry_append_only on audit_entry",
                "set session_replication_role = replica",
                "create or replace function audit_entry_append_only() returns trigger language plpgsql"
                        + " as $$ begin return new; end $$")) {
            assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).isInstanceOf(DataAccessException.class);
        }

        // The owner can, which is why the app must not be it (rolled back).
        AdministratorView administrator = new AdministratorView(owner);
        Integer disabled = administrator.tamperedAndRolledBack(sql -> sql
                .sql("alter table audit_entry disable trigger audit_entry_append_only").update());
        assertThat(disabled).isZero();
    }

    @Test
    void beforeSealingTheContentCannotChangeAndTheEntryCannotLeaveTheQueue() {
        long id = insertCommitted("unsealed");

        assertRefused("update audit_entry set purpose = 'changed' where id = " + id, "audit_entry");
        assertRefused("delete from audit_entry where id = " + id, "audit_entry");
        assertRefused("delete from audit_unsealed where entry_id = " + id, "audit_unsealed");
        assertRefused("update audit_unsealed set entry_id = -entry_id where entry_id = " + id, "audit_unsealed");
        assertThat(queued(id)).isTrue();
    }

    @Test
    void aChangedEntryIsNamedAsTheFirstBrokenLink() {
        long before = insertCommitted("tamper-before");
        long target = insertCommitted("tamper-target");
        long after = insertCommitted("tamper-after");
        sealer.sealAll();
        assertThat(verifier.verify().intact()).isTrue();
        String storedHash = sealedHash(target);

        AdministratorView administrator = new AdministratorView(owner);
        ChainVerification tampered = administrator.tamperedAndRolledBack(sql -> {
            sql.sql("update audit_entry set purpose = 'nothing to see here' where id = :id").param("id", target)
                    .update();
            return administrator.verifier.verify();
        });

        assertThat(tampered.intact()).isFalse();
        ChainVerification.BrokenLink link = tampered.firstBrokenLink();
        assertThat(link.entryId()).isEqualTo(target);
        assertThat(link.position()).isEqualTo(position(target));
        assertThat(link.problem()).isEqualTo(Problem.HASH_MISMATCH);
        assertThat(link.storedHash()).isEqualTo(storedHash);
        assertThat(link.expectedHash()).isNotEqualTo(storedHash).matches("[0-9a-f]{64}");
        assertThat(tampered.checkedEntries()).isEqualTo(position(target) - 1);
        assertThat(position(before)).isLessThan(position(target));
        assertThat(position(after)).isGreaterThan(position(target));
        assertThat(verifier.verify().intact()).as("intact again once the change is rolled back").isTrue();
    }

    @Test
    void aRemovedEntryWithItsSealBreaksTheChainAtTheEntryAfterIt() {
        long removed = insertCommitted("remove-me");
        long next = insertCommitted("after-removed");
        sealer.sealAll();

        AdministratorView administrator = new AdministratorView(owner);
        ChainVerification result = administrator.tamperedAndRolledBack(sql -> {
            sql.sql("delete from audit_entry where id = :id").param("id", removed).update();
            sql.sql("delete from audit_seal where entry_id = :id").param("id", removed).update();
            return administrator.verifier.verify();
        });

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenLink().problem()).isEqualTo(Problem.MISSING_POSITION);
        assertThat(result.firstBrokenLink().position()).isEqualTo(position(removed));
        assertThat(result.firstBrokenLink().entryId()).isEqualTo(next);
    }

    @Test
    void aRemovedEntryWhoseSealStaysIsNamedAtItsPlace() {
        long removed = insertCommitted("remove-entry-only");
        insertCommitted("after-entry-only");
        sealer.sealAll();

        AdministratorView administrator = new AdministratorView(owner);
        ChainVerification result = administrator.tamperedAndRolledBack(sql -> {
            sql.sql("delete from audit_entry where id = :id").param("id", removed).update();
            return administrator.verifier.verify();
        });

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenLink().problem()).isEqualTo(Problem.MISSING_ENTRY);
        assertThat(result.firstBrokenLink().position()).isEqualTo(position(removed));
        assertThat(result.firstBrokenLink().entryId()).isEqualTo(removed);
    }

    @Test
    void anEntryTakenOffTheQueueUnsealedIsNamed() {
        sealer.sealAll();
        long dropped = insertCommitted("dropped-from-queue");

        AdministratorView administrator = new AdministratorView(owner);
        ChainVerification result = administrator.tamperedAndRolledBack(sql -> {
            // no sealing in here: a sealer's own transaction would wait for this one's lock on the queue row
            sql.sql("delete from audit_unsealed where entry_id = :id").param("id", dropped).update();
            return administrator.verifier.verify();
        });

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenLink().problem()).isEqualTo(Problem.UNCHAINED_ENTRY);
        assertThat(result.firstBrokenLink().entryId()).isEqualTo(dropped);
        assertThat(verifier.sealAndVerify().intact()).as("intact again once the change is rolled back").isTrue();
    }

    @Test
    void anIntactChainReportsOkWithTheCount() {
        insertCommitted("intact");
        ChainVerification result = verifier.sealAndVerify();

        Long sealed = jdbc.sql("select count(*) from audit_seal").query(Long.class).single();
        assertThat(result.intact()).isTrue();
        assertThat(result.firstBrokenLink()).isNull();
        assertThat(result.checkedEntries()).isGreaterThanOrEqualTo(sealed);
        assertThat(result.headHash()).matches("[0-9a-f]{64}");
    }

    // ---------------------------------------------------------------- helpers

    private void assertRefused(String sql, String table) {
        assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql)
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining(table);
    }

    private void assertChainIsDense() {
        List<Long> counts = jdbc.sql("""
                        select count(*), coalesce(max(chain_position), 0), coalesce(min(chain_position), 1)
                        from audit_seal""")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
        assertThat(counts.get(1)).as("highest position equals the number of sealed entries").isEqualTo(counts.get(0));
        assertThat(counts.get(2)).isEqualTo(1L);
    }

    private Long position(long id) {
        return jdbc.sql("select chain_position from audit_seal where entry_id = :id").param("id", id)
                .query(Long.class).optional().orElse(null);
    }

    private String sealedHash(long id) {
        return jdbc.sql("select hash from audit_seal where entry_id = :id").param("id", id).query(String.class)
                .single();
    }

    private boolean queued(long id) {
        return jdbc.sql("select exists (select 1 from audit_unsealed where entry_id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    private long insertCommitted(String purpose) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            return insert(connection, purpose);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long insert(Connection connection, String purpose) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into audit_entry (actor_username, actor_role, action, resource, purpose, allowed)
                values ('chain-test', 'COUNSELLOR', 'READ', 'candidate', ?, true) returning id""")) {
            insert.setString(1, purpose);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
