package no.treklover.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the hash chain: its tail, the entries still to seal, sealing them, and walking it in order. */
@Component
class AuditChainStore {

    /** The last sealed entry, which the next one points back to. */
    record Link(long position, String hash) {
        static final Link GENESIS = new Link(0, AuditHash.GENESIS);
    }

    /** An entry with its place in the chain. */
    record SealedEntry(AuditRecord entry, String previousHash, String hash) {
    }

    private static final String COLUMNS = """
            id, chain_position, occurred_at, actor_id, actor_username, actor_role, action, resource, candidate_id,
            purpose, allowed, previous_hash, hash""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AuditChainStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Link tail() {
        return jdbc.sql("""
                        select chain_position, hash from audit_entry
                        where chain_position is not null order by chain_position desc limit 1""")
                .query((rs, n) -> new Link(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElse(Link.GENESIS);
    }

    /** Committed, unsealed entries in id order (position 0 until sealed). */
    List<AuditRecord> unsealed(int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where hash is null order by id limit :limit")
                .param("limit", limit)
                .query((rs, n) -> entry(rs))
                .list();
    }

    long unsealedCount() {
        return jdbc.sql("select count(*) from audit_entry where hash is null").query(Long.class).single();
    }

    void seal(List<SealedEntry> entries) {
        int[] updated = batch.batchUpdate("""
                        update audit_entry set chain_position = ?, previous_hash = ?, hash = ?
                        where id = ? and hash is null""",
                entries.stream().map(e -> new Object[] {e.entry().chainPosition(), e.previousHash(), e.hash(),
                        e.entry().id()}).toList());
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] != 1) {
                throw new IllegalStateException("Audit entry " + entries.get(i).entry().id()
                        + " was sealed by someone else while this sealer held the lock");
            }
        }
    }

    /** Sealed entries from this position on, in chain order. */
    List<SealedEntry> chainFrom(long position, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from audit_entry where chain_position >= :position
                        order by chain_position limit :limit""")
                .param("position", position)
                .param("limit", limit)
                .query((rs, n) -> new SealedEntry(entry(rs), rs.getString("previous_hash"), rs.getString("hash")))
                .list();
    }

    private static AuditRecord entry(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong("id"), rs.getLong("chain_position"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getObject("actor_id", Long.class),
                rs.getString("actor_username"), rs.getString("actor_role"), rs.getString("action"),
                rs.getString("resource"), rs.getObject("candidate_id", Long.class), rs.getString("purpose"),
                rs.getBoolean("allowed"));
    }
}
