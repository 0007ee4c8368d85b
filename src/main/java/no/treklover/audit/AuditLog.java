package no.treklover.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import no.treklover.access.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who read or changed which candidate's personal data, and whether it was allowed: one entry per request,
 * candidate, action and purpose, however many times the code asks.
 *
 * <p>Allowed access is collected in a buffer bound to the caller's transaction and written, just before it
 * commits, as one multi-row insert (a change stands or falls with the work; a read-only transaction's reads are
 * written right after it commits, and a rolled-back transaction's reads right after the rollback, in a transaction
 * of their own: what was read was read). Without a transaction the entry is written at once. A
 * denial is written at once in its own transaction so that it survives the rollback the denial causes.
 *
 * <p>The same candidate, action, purpose and answer is written once per transaction, and once per HTTP request
 * across its transactions: the keys a request has committed are kept as a request attribute (registered only after
 * the commit, so a rolled-back write does not hide a later one). When one request reads several resources of a
 * candidate for the same purpose, the entry names them all, comma-separated in the order first read, as far as the
 * column holds ({@link #RESOURCE_LENGTH}); the candidate's innsyn and the privacy officer's search name each.
 *
 * <p>Entries are written unsealed; {@link AuditChainSealer} appends them to the tamper-evident hash chain once they
 * are committed.
 */
@Service
public class AuditLog {

    /** The resource name under which reads of the audit log itself are logged. */
    public static final String RESOURCE = "audit-log";

    /** The width of {@code audit_entry.resource}; resources that no longer fit are left out of a joined entry. */
    static final int RESOURCE_LENGTH = 60;
    static final String RESOURCE_SEPARATOR = ",";

    private static final String WRITTEN_IN_THIS_REQUEST = AuditLog.class.getName() + ".written";

    private static final String INSERT = """
            insert into audit_entry (actor_id, actor_username, actor_role, action, resource, candidate_id, purpose,
                                     allowed)
            select e.actor_id, e.actor_username, e.actor_role, e.action, e.resource, e.candidate_id, e.purpose,
                   e.allowed
            from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[],
                        ?::varchar[], ?::boolean[])
                 with ordinality as e(actor_id, actor_username, actor_role, action, resource, candidate_id, purpose,
                                      allowed, n)
            order by e.n""";

    /** Insert statements sent to the database: a test hook, so tests can count round trips of one request. */
    static final AtomicLong INSERT_STATEMENTS = new AtomicLong();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;

    AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void allowed(CurrentUser user, AuditAction action, String resource, Long candidateId, String purpose) {
        record(List.of(new Entry(user, action, resource, candidateId, purpose, true)));
    }

    /**
     * One allowed entry per candidate (a list that shows several candidates: each candidate's own log must show it),
     * in the order given, each candidate once; written with the request's other entries in one insert.
     */
    public void allowedForEach(CurrentUser user, AuditAction action, String resource, Collection<Long> candidateIds,
            String purpose) {
        List<Entry> entries = new ArrayList<>(candidateIds.size());
        for (Long candidateId : candidateIds) {
            if (candidateId != null) {
                entries.add(new Entry(user, action, resource, candidateId, purpose, true));
            }
        }
        record(entries);
    }

    public void denied(CurrentUser user, AuditAction action, String resource, Long candidateId, String purpose) {
        writeAtOnce(new Entry(user, action, resource, candidateId, purpose, false));
    }

    /**
     * An allowed entry committed at once in its own transaction, for work that must find its own entry committed:
     * verifying the chain seals everything committed first, the verification's own entry included.
     */
    public void allowedAtOnce(CurrentUser user, AuditAction action, String resource, Long candidateId,
            String purpose) {
        writeAtOnce(new Entry(user, action, resource, candidateId, purpose, true));
    }

    private void writeAtOnce(Entry entry) {
        Set<Key> written = writtenInThisRequest();
        if (written.contains(entry.key())) {
            return;
        }
        separateTransaction.executeWithoutResult(status -> insert(List.of(entry)));
        written.add(entry.key());
    }

    /**
     * Writes what the current transaction has collected so far, still in that transaction, for a reader in the same
     * transaction that must see its own entries (the data export lists the export itself). Entries collected later
     * are written at the commit as usual. Nothing to do without a transaction or in a read-only one.
     */
    public void flush() {
        Buffer buffer = currentBuffer();
        if (buffer != null && !buffer.readOnly) {
            buffer.writePending();
        }
    }

    private void record(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Buffer buffer = currentBuffer();
        if (buffer != null) {
            entries.forEach(buffer::add);
            return;
        }
        Set<Key> written = writtenInThisRequest();
        Map<Key, Entry> fresh = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (!written.contains(entry.key())) {
                fresh.merge(entry.key(), entry, Entry::withResourceOf);
            }
        }
        insert(List.copyOf(fresh.values()));
        written.addAll(fresh.keySet());
    }

    /** The buffer of the current transaction, made on first use; null without an active transaction. */
    private Buffer currentBuffer() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Buffer buffer && buffer.owner == this) {
                return buffer;
            }
        }
        Buffer buffer = new Buffer(this, TransactionSynchronizationManager.isCurrentTransactionReadOnly());
        TransactionSynchronizationManager.registerSynchronization(buffer);
        return buffer;
    }

    /**
     * The keys this HTTP request has already written (committed). Outside a request (jobs, tests calling services
     * directly) a fresh set each time, so nothing is suppressed.
     */
    @SuppressWarnings("unchecked")
    private static Set<Key> writtenInThisRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return new HashSet<>();
        }
        Object written = request.getAttribute(WRITTEN_IN_THIS_REQUEST, RequestAttributes.SCOPE_REQUEST);
        if (written == null) {
            written = new HashSet<Key>();
            request.setAttribute(WRITTEN_IN_THIS_REQUEST, written, RequestAttributes.SCOPE_REQUEST);
        }
        return (Set<Key>) written;
    }

    /** All entries as one statement: one array per column, unnested in order. */
    private void insert(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        int size = entries.size();
        Long[] actorIds = new Long[size];
        String[] usernames = new String[size];
        String[] roles = new String[size];
        String[] actions = new String[size];
        String[] resources = new String[size];
        Long[] candidateIds = new Long[size];
        String[] purposes = new String[size];
        Boolean[] allowed = new Boolean[size];
        for (int i = 0; i < size; i++) {
            Entry e = entries.get(i);
            actorIds[i] = e.actorId();
            usernames[i] = e.username();
            roles[i] = e.role();
            actions[i] = e.action().name();
            resources[i] = e.resource();
            candidateIds[i] = e.candidateId();
            purposes[i] = e.purpose();
            allowed[i] = e.allowed();
        }
        INSERT_STATEMENTS.incrementAndGet();
        jdbc.update((Connection connection) -> {
            PreparedStatement statement = connection.prepareStatement(INSERT);
            statement.setArray(1, connection.createArrayOf("bigint", actorIds));
            statement.setArray(2, connection.createArrayOf("varchar", usernames));
            statement.setArray(3, connection.createArrayOf("varchar", roles));
            statement.setArray(4, connection.createArrayOf("varchar", actions));
            statement.setArray(5, connection.createArrayOf("varchar", resources));
            statement.setArray(6, connection.createArrayOf("bigint", candidateIds));
            statement.setArray(7, connection.createArrayOf("varchar", purposes));
            statement.setArray(8, connection.createArrayOf("boolean", allowed));
            return statement;
        });
    }

    /** What makes two entries the same fact: who, about whom, what kind of access, why, and the answer. */
    record Key(Long actorId, String username, AuditAction action, Long candidateId, String purpose, boolean allowed) {
    }

    record Entry(Long actorId, String username, String role, AuditAction action, String resource, Long candidateId,
            String purpose, boolean allowed) {

        Entry(CurrentUser user, AuditAction action, String resource, Long candidateId, String purpose,
                boolean allowed) {
            this(user.id(), user.username(), user.role().name(), action, resource, candidateId, purpose, allowed);
        }

        Key key() {
            return new Key(actorId, username, action, candidateId, purpose, allowed);
        }

        /** This entry naming the other's resources too (distinct, in order), as far as the column holds. */
        Entry withResourceOf(Entry other) {
            String joined = joinResources(resource, other.resource);
            return joined.equals(resource) ? this
                    : new Entry(actorId, username, role, action, joined, candidateId, purpose, allowed);
        }
    }

    static String joinResources(String resources, String more) {
        List<String> names = new ArrayList<>(List.of(resources.split(RESOURCE_SEPARATOR)));
        for (String name : more.split(RESOURCE_SEPARATOR)) {
            if (!names.contains(name)) {
                String candidate = String.join(RESOURCE_SEPARATOR, names) + RESOURCE_SEPARATOR + name;
                if (candidate.length() <= RESOURCE_LENGTH) {
                    names.add(name);
                }
            }
        }
        return String.join(RESOURCE_SEPARATOR, names);
    }

    /** The entries of one transaction, deduplicated, written just before it commits. */
    private static final class Buffer implements TransactionSynchronization {

        private final AuditLog owner;
        private final boolean readOnly;
        private final Map<Key, Entry> entries = new LinkedHashMap<>();
        private final List<Entry> written = new ArrayList<>();
        private final Set<Key> writtenKeys = new HashSet<>();

        Buffer(AuditLog owner, boolean readOnly) {
            this.owner = owner;
            this.readOnly = readOnly;
        }

        void add(Entry entry) {
            entries.merge(entry.key(), entry, Entry::withResourceOf);
        }

        /** Collected, not yet written by this transaction nor committed earlier in the request. */
        private List<Entry> pending() {
            Set<Key> already = writtenInThisRequest();
            return entries.values().stream()
                    .filter(e -> !already.contains(e.key()) && !writtenKeys.contains(e.key()))
                    .toList();
        }

        void writePending() {
            List<Entry> pending = pending();
            owner.insert(pending);
            written.addAll(pending);
            pending.forEach(e -> writtenKeys.add(e.key()));
        }

        @Override
        public void beforeCommit(boolean readOnlyHint) {
            if (!readOnly) {
                writePending();
            }
        }

        @Override
        public void afterCommit() {
            if (readOnly) {
                // A read-only transaction cannot insert; its reads are written right after it, on their own.
                owner.separateTransaction.executeWithoutResult(status -> writePending());
            }
            Set<Key> already = writtenInThisRequest();
            written.forEach(e -> already.add(e.key()));
        }

        /**
         * A read happened even when the work around it rolled back (a rule refused the save, a page failed after
         * reading): the reads are written on their own. Changes that rolled back did not happen and are not.
         */
        @Override
        public void afterCompletion(int status) {
            if (status != STATUS_ROLLED_BACK) {
                return;
            }
            Set<Key> already = writtenInThisRequest();
            List<Entry> reads = entries.values().stream()
                    .filter(e -> e.action() == AuditAction.READ && !already.contains(e.key()))
                    .toList();
            if (!reads.isEmpty()) {
                owner.separateTransaction.executeWithoutResult(s -> owner.insert(reads));
                reads.forEach(e -> already.add(e.key()));
            }
        }
    }
}
