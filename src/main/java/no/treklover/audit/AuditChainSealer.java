package no.treklover.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends committed, unsealed audit entries to the hash chain. Any number of app nodes may call it at once: a
 * transaction-scoped advisory lock makes sealing one critical section across the cluster, so the chain's tail
 * is read and extended by one sealer at a time. Entries are sealed in id order among those committed when the
 * sealer looks; one that commits later gets a later position.
 */
@Component
public class AuditChainSealer {

    /** "TRKLAUDT" in ASCII; must differ from every other advisory lock key in the app. */
    static final long LOCK_KEY = 0x54524B4C41554454L;
    /** Entries per transaction: one read, one hashing pass in Java and one update statement each. */
    static final int BATCH = 5_000;

    private final AuditChainStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    AuditChainSealer(AuditChainStore store, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.store = store;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Seals everything committed so far, waiting for another node's sealing to finish first; returns how many. */
    public long sealAll() {
        return sealInBatches(true);
    }

    /** Seals what is committed unless another node is sealing right now (it will take these too); for the schedule. */
    public long sealIfIdle() {
        return sealInBatches(false);
    }

    private long sealInBatches(boolean wait) {
        long total = 0;
        while (true) {
            Integer sealed = ownTransaction.execute(status -> sealBatch(wait));
            if (sealed == null || sealed <= 0) {
                return total;
            }
            total += sealed;
            if (sealed < BATCH) {
                return total;
            }
        }
    }

    /** One batch in one transaction; -1 when the lock is taken and we do not wait. */
    private int sealBatch(boolean wait) {
        if (wait) {
            jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query().listOfRows();
        } else if (!jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK_KEY)
                .query(Boolean.class).single()) {
            return -1;
        }
        List<AuditRecord> unsealed = store.unsealed(BATCH);
        if (unsealed.isEmpty()) {
            return 0;
        }
        AuditChainStore.Link tail = store.tail();
        String previous = tail.hash();
        long position = tail.position();
        List<AuditChainStore.SealedEntry> sealed = new ArrayList<>(unsealed.size());
        for (AuditRecord entry : unsealed) {
            AuditRecord placed = entry.at(++position);
            String hash = AuditHash.of(previous, placed);
            sealed.add(new AuditChainStore.SealedEntry(placed, previous, hash));
            previous = hash;
        }
        store.seal(sealed);
        return sealed.size();
    }
}
