package no.treklover.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.treklover.platform.jobs.SingleNodeBatches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Anonymises, every night, the candidates whose processes all ended longer ago than the retention period (or who
 * were registered that long ago and never got a process). Works in batches, one transaction each, so a first run
 * over a million processes neither holds locks for long nor loses everything on a failure. Every app node schedules it; an advisory lock lets one of them do the work.
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
    private final SingleNodeBatches batches;
    private final RetentionPeriod retention;
    private final int batchSize;
    private final Clock clock;

    AnonymisationJob(DueCandidates due, CandidateAnonymiser anonymiser, SingleNodeBatches batches,
            PrivacyProperties properties, Clock clock) {
        this.due = due;
        this.anonymiser = anonymiser;
        this.batches = batches;
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
        Optional<List<Batch>> done = batches.run(LOCK_KEY, previous -> {
            List<Long> ids = due.next(lastDueEndDate, previous == null ? 0 : previous.lastId(), batchSize);
            int anonymisedProcesses = anonymiser.anonymise(ids, now);
            return new Batch(ids.isEmpty() ? 0 : ids.get(ids.size() - 1), ids.size(), anonymisedProcesses);
        }, batch -> batch.candidates() == 0);
        if (done.isEmpty()) {
            log.info("Anonymisation: another node holds the lock, leaving the work to it");
            return new AnonymisationResult(0, 0, 0, true);
        }
        int candidates = done.get().stream().mapToInt(Batch::candidates).sum();
        int processes = done.get().stream().mapToInt(Batch::processes).sum();
        log.info("Anonymisation: {} candidates with {} processes ended on or before {} (retention {}), {} batches",
                candidates, processes, lastDueEndDate, retention, done.get().size());
        return new AnonymisationResult(candidates, processes, done.get().size(), false);
    }
}
