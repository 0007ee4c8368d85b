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

    /** An entry with its place in the chain, as the sealer writes it. */
    record SealedEntry(AuditRecord entry, String previousHash, String hash) {
    }

    /** A seal as stored, with the entry it seals ({@code entry} null when that entry is gone). */
    record ChainLink(long position, long entryId, AuditRecord entry, String previousHash, String hash) {
    }

    private static final String ENTRY_COLUMNS = """
            e.id, e.occurred_at, e.actor_id, e.actor_username, e.actor_role, e.action, e.resource, e.candidate_id,
            e.purpose, e.allowed""";

    /** Seal statements sent to the database: a test hook, so tests can count round trips of sealing. */
    static final AtomicLong SEAL_STATEMENTS = new AtomicLong();

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AuditChainStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Link tail() {
        return jdbc.sql("select chain_position, hash from audit_seal order by chain_position desc limit 1")
                .query((rs, n) -> new Link(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElse(Link.GENESIS);
    }

    /** Committed, unsealed entries in id order (position 0 until sealed). */
    List<AuditRecord> unsealed(int limit) {
        return jdbc.sql("select 0 as chain_position, " + ENTRY_COLUMNS + """
                         from audit_unsealed u join audit_entry e on e.id = u.entry_id
                        order by u.entry_id limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> entry(rs))
                .list();
    }

    long unsealedCount() {
        return jdbc.sql("select count(*) from audit_unsealed").query(Long.class).single();
    }

    /**
     * The lowest id of an entry that is neither sealed nor waiting to be, or null: one that was taken off the queue
     * without sealing. Both counts come from one snapshot, in which sealing and dequeuing are one transaction.
     */
    Long firstUnchained() {
        boolean complete = jdbc.sql("""
                        select (select count(*) from audit_entry)
                             = (select count(*) from audit_seal) + (select count(*) from audit_unsealed)""")
                .query(Boolean.class).single();
        if (complete) {
            return null;
        }
        return jdbc.sql("""
                        select min(e.id) from audit_entry e
                        where not exists (select 1 from audit_seal s where s.entry_id = e.id)
                          and not exists (select 1 from audit_unsealed u where u.entry_id = e.id)""")
                .query(Long.class).single();
    }

    /**
     * Writes the seal of a whole batch with one statement: the positions and hashes travel as arrays. A trigger takes
     * the sealed entries off the queue; an entry sealed twice breaks the unique entry_id.
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
        batch.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    insert into audit_seal (chain_position, entry_id, previous_hash, hash)
                    select * from unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[])""");
            statement.setArray(1, connection.createArrayOf("bigint", positions));
            statement.setArray(2, connection.createArrayOf("bigint", ids));
            statement.setArray(3, connection.createArrayOf("varchar", previous));
            statement.setArray(4, connection.createArrayOf("varchar", hashes));
            return statement;
        });
    }

    /**
     * Seals from this position on, in chain order, each with its entry; an entry that is gone comes back as null
     * beside its seal's entry id.
     */
    List<ChainLink> chainFrom(long position, int limit) {
        return jdbc.sql("select s.chain_position, s.entry_id as sealed_entry_id, s.previous_hash, s.hash, "
                        + ENTRY_COLUMNS + """
                         from audit_seal s left join audit_entry e on e.id = s.entry_id
                        where s.chain_position >= :position
                        order by s.chain_position limit :limit""")
                .param("position", position)
                .param("limit", limit)
                .query((rs, n) -> new ChainLink(rs.getLong("chain_position"), rs.getLong("sealed_entry_id"),
                        rs.getObject("id") == null ? null : entry(rs), rs.getString("previous_hash"),
                        rs.getString("hash")))
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
