package no.treklover.platform.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job's work in batches, each in its own transaction under a cluster-wide PostgreSQL
 * advisory lock, so that when every app node fires the same schedule only one of them does the work.
 */
@Component
public class SingleNodeBatches {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    SingleNodeBatches(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Calls {@code next} with the previous batch (null first) until it returns a batch that is {@code finished}.
     * Returns the batches that did work, or empty when another node holds the lock and is doing it.
     */
    public <B> Optional<List<B>> run(long lockKey, Function<B, B> next, Predicate<B> finished) {
        List<B> done = new ArrayList<>();
        B previous = null;
        while (true) {
            B last = previous;
            Optional<B> batch = transaction.execute(status -> lockHeld(lockKey)
                    ? Optional.of(next.apply(last)) : Optional.empty());
            if (batch == null || batch.isEmpty()) {
                return Optional.empty();
            }
            if (finished.test(batch.get())) {
                return Optional.of(done);
            }
            done.add(batch.get());
            previous = batch.get();
        }
    }

    /** Held until the transaction ends; a node that does not get it leaves the work to the one that did. */
    private boolean lockHeld(long key) {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                .param("key", key).query(Boolean.class).single());
    }
}
