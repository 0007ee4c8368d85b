package no.treklover.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anonymises, every night, the candidates whose processes all ended longer ago than the retention period. Works in
 * batches, one transaction each, so a first run over a million processes neither holds locks for long nor loses
 * everything on a failure. Every app node schedules it; an advisory lock lets one of them do the work.
 */
@Component
class AnonymisationJob {

    /** "TRKLANON" in ASCII; any constant works as long as nothing else uses it. */
    static final long LOCK_KEY = 0x54524B4C414E4F4EL;

    private static final Logger log = LoggerFactory.getLogger(AnonymisationJob.class);

    private record Batch(long lastId, int candidates, int processes) {
    }

    private final DueCandidates due;
    private final CandidateAnonymiser anonymiser;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final RetentionPeriod retention;
    private final int batchSize;
    private final Clock clock;

    AnonymisationJob(DueCandidates due, CandidateAnonymiser anonymiser, JdbcClient jdbc,
            PlatformTransactionManager transactions, PrivacyProperties properties, Clock clock) {
        this.due = due;
        this.anonymiser = anonymiser;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.retention = properties.retentionPeriod();
        this.batchSize = properties.anonymisationBatchSize();
        this.clock = clock;
    }

    @Scheduled(cron = "${treklover.privacy.anonymisation-cron:0 30 2 * * *}", zone = "Europe/Oslo")
    void nightly() {
        anonymiseDue(clock.instant());
    }

    AnonymisationResult anonymiseDue(Instant now) {
        LocalDate lastDueEndDate = retention.lastDueEndDate(now);
        long afterId = 0;
        int candidates = 0;
        int processes = 0;
        int batches = 0;
        while (true) {
            long after = afterId;
            Batch batch = transaction.execute(status -> {
                // Held until this transaction ends; a node that does not get it leaves the work to the one that did.
                if (!Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                        .param("key", LOCK_KEY).query(Boolean.class).single())) {
                    return null;
                }
                List<Long> ids = due.next(lastDueEndDate, after, batchSize);
                int anonymisedProcesses = anonymiser.anonymise(ids, now);
                return new Batch(ids.isEmpty() ? after : ids.get(ids.size() - 1), ids.size(), anonymisedProcesses);
            });
            if (batch == null) {
                log.info("Anonymisation: another node holds the lock, leaving the work to it");
                return new AnonymisationResult(candidates, processes, batches, true);
            }
            if (batch.candidates() == 0) {
                break;
            }
            batches++;
            candidates += batch.candidates();
            processes += batch.processes();
            afterId = batch.lastId();
        }
        log.info("Anonymisation: {} candidates with {} processes ended on or before {} (retention {}), {} batches",
                candidates, processes, lastDueEndDate, retention, batches);
        return new AnonymisationResult(candidates, processes, batches, false);
    }
}
