package no.treklover.agreement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.treklover.agreement.AgreementChanged.Kind;
import no.treklover.platform.jobs.SingleNodeBatches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Automatic expiry (BRIEF §4): a never-concluded, not annulled agreement untouched for 12 weeks ({@link ExpiryRule})
 * is annulled as {@link AnnulmentReason#UTLOPT} by the system, after a warning a week and a day before. Each warning
 * is recorded once per touch: it counts only when it is later than {@code last_touched_at}, so an edit restarts the
 * clock and the warnings. Every step publishes an {@link AgreementChanged} without actor for the process timeline.
 * Works in batches, one transaction each (keyset by id); every app node schedules it, and an advisory lock lets one
 * of them do the work.
 */
@Component
class AgreementExpiryJob {

    /** "TRKLEXPI" in ASCII; any constant works as long as nothing else uses it. */
    static final long LOCK_KEY = 0x54524B4C45585049L;

    static final int BATCH_SIZE = 500;

    /**
     * Only agreements touched at least this long ago can be due for any step: the week warning comes 11 weeks after
     * the last touch on Oslo's calendar; a day less leaves room for a change of summer time. ExpiryRule decides.
     */
    private static final Duration CANDIDATE_AGE = Duration.ofDays(11 * 7 - 1);

    private static final Logger log = LoggerFactory.getLogger(AgreementExpiryJob.class);

    private record Due(long id, long processId, Instant lastTouched, Instant warnedWeek, Instant warnedDay) {
    }

    private record Batch(long lastId, int size, int weekWarnings, int dayWarnings, int annulled) {
    }

    private final JdbcClient jdbc;
    private final SingleNodeBatches batches;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgreementExpiryJob(JdbcClient jdbc, SingleNodeBatches batches, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${treklover.agreement.expiry-cron:0 15 * * * *}", zone = "Europe/Oslo")
    void hourly() {
        run(clock.instant());
    }

    AgreementExpiryResult run(Instant now) {
        Optional<List<Batch>> done = batches.run(LOCK_KEY,
                previous -> batch(now, previous == null ? 0 : previous.lastId()), batch -> batch.size() == 0);
        if (done.isEmpty()) {
            log.info("Agreement expiry: another node holds the lock, leaving the work to it");
            return new AgreementExpiryResult(0, 0, 0, 0, true);
        }
        int week = done.get().stream().mapToInt(Batch::weekWarnings).sum();
        int day = done.get().stream().mapToInt(Batch::dayWarnings).sum();
        int annulled = done.get().stream().mapToInt(Batch::annulled).sum();
        if (week + day + annulled > 0) {
            log.info("Agreement expiry: {} week warnings, {} day warnings, {} annulled as UTLOPT, {} batches", week,
                    day, annulled, done.get().size());
        }
        return new AgreementExpiryResult(week, day, annulled, done.get().size(), false);
    }

    private Batch batch(Instant now, long afterId) {
        // Row locks: a user's edit in flight either commits first (and this run sees the new last touch) or waits.
        List<Due> due = jdbc.sql("""
                        select id, process_id, last_touched_at, expiry_warned_week_at, expiry_warned_day_at
                        from mentor_agreement
                        where concluded_at is null and annulled_at is null and last_touched_at <= :cutoff
                          and id > :after
                        order by id
                        limit :limit
                        for update""")
                .param("cutoff", Timestamp.from(now.minus(CANDIDATE_AGE)))
                .param("after", afterId)
                .param("limit", BATCH_SIZE)
                .query((rs, row) -> new Due(rs.getLong("id"), rs.getLong("process_id"),
                        instant(rs.getTimestamp("last_touched_at")), instant(rs.getTimestamp("expiry_warned_week_at")),
                        instant(rs.getTimestamp("expiry_warned_day_at"))))
                .list();
        int week = 0;
        int day = 0;
        int annulled = 0;
        for (Due agreement : due) {
            switch (ExpiryRule.evaluate(agreement.lastTouched(), now).step()) {
                case NONE -> {
                }
                case WARN_WEEK -> {
                    if (!warnedSinceTouch(agreement.warnedWeek(), agreement)
                            && !warnedSinceTouch(agreement.warnedDay(), agreement)) {
                        warn(agreement, "expiry_warned_week_at", "WEEK", now);
                        week++;
                    }
                }
                case WARN_DAY -> {
                    if (!warnedSinceTouch(agreement.warnedDay(), agreement)) {
                        warn(agreement, "expiry_warned_day_at", "DAY", now);
                        day++;
                    }
                }
                case EXPIRE -> {
                    annul(agreement, now);
                    annulled++;
                }
            }
        }
        return new Batch(due.isEmpty() ? afterId : due.get(due.size() - 1).id(), due.size(), week, day, annulled);
    }

    private static boolean warnedSinceTouch(Instant warnedAt, Due agreement) {
        return warnedAt != null && warnedAt.isAfter(agreement.lastTouched());
    }

    /** A warning changes nothing the parties edit, so the version (the ETag) stays. */
    private void warn(Due agreement, String column, String which, Instant now) {
        jdbc.sql("update mentor_agreement set " + column + " = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", agreement.id()).update();
        events.publishEvent(new AgreementChanged(agreement.processId(), agreement.id(), Kind.EXPIRY_WARNING, null,
                now, which));
    }

    private void annul(Due agreement, Instant now) {
        jdbc.sql("""
                        update mentor_agreement
                        set annulled_at = :now, annulment_reason = :reason, last_touched_at = :now,
                            version = version + 1
                        where id = :id""")
                .param("now", Timestamp.from(now)).param("reason", AnnulmentReason.UTLOPT.name())
                .param("id", agreement.id()).update();
        events.publishEvent(new AgreementChanged(agreement.processId(), agreement.id(), Kind.ANNULLED, null, now,
                AnnulmentReason.UTLOPT.name()));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
