package no.treklover.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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

    /** Seal statements sent to the database: a test hook, so tests can count round trips of sealing. */
    static final AtomicLong SEAL_STATEMENTS = new AtomicLong();

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

    /**
     * Writes the seal of a whole batch with one statement: the positions and hashes travel as arrays and are joined
     * to their rows by id. Every row must still be unsealed; the append-only trigger allows exactly this one update.
     */
    void seal(List<SealedEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        int size = entries.size();
        Long[] ids = new Long[size];
        Long[] positions = new Long[size];
        String[] previous = new String[size];
        String[] hashes = new String[size];
        for (int i = 0; i < size; i++) {
            SealedEntry e = entries.get(i);
            ids[i] = e.entry().id();
            positions[i] = e.entry().chainPosition();
            previous[i] = e.previousHash();
            hashes[i] = e.hash();
        }
        SEAL_STATEMENTS.incrementAndGet();
        int updated = batch.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    update audit_entry a
                       set chain_position = v.position, previous_hash = v.previous_hash, hash = v.hash
                      from unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[])
                           as v(id, position, previous_hash, hash)
                     where a.id = v.id and a.hash is null""");
            statement.setArray(1, connection.createArrayOf("bigint", ids));
            statement.setArray(2, connection.createArrayOf("bigint", positions));
            statement.setArray(3, connection.createArrayOf("varchar", previous));
            statement.setArray(4, connection.createArrayOf("varchar", hashes));
            return statement;
        });
        if (updated != size) {
            throw new IllegalStateException((size - updated)
                    + " audit entries were sealed by someone else while this sealer held the lock");
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
