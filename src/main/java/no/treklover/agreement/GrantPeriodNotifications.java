package no.treklover.agreement;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.treklover.notification.NotificationRequested;
import no.treklover.platform.jobs.SingleNodeBatches;
import no.treklover.platform.text.NorwegianFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the beslutters of an office when a grant period becomes decidable there, once per period, and not before
 * ({@link GrantPeriodRules#refuseDecision}): the first period of an agreement not yet concluded as soon as the
 * counsellor has approved; a later period from the first day of its month ({@link GrantPeriodRules#decidableFrom}).
 * Called at the transitions (the counsellor's approval, a resent period, a recalculation) and by a morning job for
 * the periods whose month began. A period is marked ({@code decidable_notified_at}) in the same statement that picks
 * it, so nobody is told twice, also when the job runs on several nodes.
 */
@Component
public class GrantPeriodNotifications {

    /** "TRKLGRNT" in ASCII. */
    static final long LOCK_KEY = 0x54524B4C47524E54L;
    static final String ONE = "grantPeriod.notification.decidable";
    static final String FIRST = "grantPeriod.notification.decidableFirst";
    static final String MANY = "grantPeriod.notification.decidableMany";
    private static final Logger log = LoggerFactory.getLogger(GrantPeriodNotifications.class);

    private final JdbcClient jdbc;
    private final SingleNodeBatches batches;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GrantPeriodNotifications(JdbcClient jdbc, SingleNodeBatches batches, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.events = events;
        this.clock = clock;
    }

    /** A period that became decidable, as picked and marked. */
    record Decidable(long periodId, long agreementId, long processId, String officeId, String candidateName,
            int sequenceNumber, LocalDate from, LocalDate to, BigDecimal amount, boolean concluded) {
    }

    @Scheduled(cron = "${treklover.grant-period.notification-cron:0 30 6 * * *}", zone = "Europe/Oslo")
    void daily() {
        Optional<List<Integer>> done = batches.run(LOCK_KEY, previous -> previous == null ? notifyDecidable(null) : 0,
                told -> told == 0);
        done.ifPresent(told -> {
            if (!told.isEmpty()) {
                log.info("Grant periods: {} became decidable, beslutters told", told.get(0));
            }
        });
    }

    /**
     * Picks the periods that are decidable today and nobody was told about (of one agreement, or all when null), marks
     * them and tells the beslutters of each office: one notification naming the period when it is one, else one
     * with the count leading to the queue. Runs in the caller's transaction. Returns how many periods.
     */
    public int notifyDecidable(Long agreementId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(NorwegianFormat.OSLO));
        List<Decidable> picked = jdbc.sql("""
                update grant_period gp set decidable_notified_at = :now
                  from mentor_agreement a join candidate c on c.id = a.candidate_id
                 where a.id = gp.agreement_id
                   and gp.status = 'UBEHANDLET' and gp.decidable_notified_at is null and a.annulled_at is null
                   and (cast(:agreement as bigint) is null or gp.agreement_id = cast(:agreement as bigint))
                   and """ + GrantPeriodQueue.DECIDABLE_NOW + """
                returning gp.id, gp.agreement_id, a.process_id, a.office_id,
                          c.first_name || ' ' || c.last_name as candidate_name, gp.sequence_number, gp.from_date,
                          gp.to_date, gp.amount, a.concluded_at is not null as concluded
                """)
                .param("now", Timestamp.from(now)).param("agreement", agreementId)
                .param("nextMonth", today.withDayOfMonth(1).plusMonths(1))
                .query((rs, n) -> new Decidable(rs.getLong("id"), rs.getLong("agreement_id"), rs.getLong("process_id"),
                        rs.getString("office_id"), rs.getString("candidate_name"), rs.getInt("sequence_number"),
                        rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
                        rs.getBigDecimal("amount"), rs.getBoolean("concluded")))
                .list();
        Map<String, List<Decidable>> byOffice = new LinkedHashMap<>();
        picked.stream().sorted(java.util.Comparator.comparing(Decidable::from).thenComparing(Decidable::periodId))
                .forEach(d -> byOffice.computeIfAbsent(d.officeId(), o -> new java.util.ArrayList<>()).add(d));
        byOffice.forEach((office, periods) -> {
            List<Long> beslutters = jdbc.sql("""
                    select id from app_user where role = 'DECISION_MAKER' and office_id = :office and enabled
                    order by id""").param("office", office).query(Long.class).list();
            for (long beslutter : beslutters) {
                events.publishEvent(request(beslutter, periods));
            }
        });
        return picked.size();
    }

    /** A resent period is new to the beslutters: they are told again when it is decidable. */
    void forget(long periodId) {
        jdbc.sql("update grant_period set decidable_notified_at = null where id = :id").param("id", periodId).update();
    }

    private static NotificationRequested request(long beslutter, List<Decidable> periods) {
        if (periods.size() > 1) {
            return new NotificationRequested(beslutter, MANY, List.of(String.valueOf(periods.size())), "/beslutter",
                    null);
        }
        Decidable d = periods.get(0);
        return new NotificationRequested(beslutter, d.concluded() ? ONE : FIRST,
                List.of(d.candidateName(), NorwegianFormat.period(d.from(), d.to()), NorwegianFormat.amount(d.amount()),
                        String.valueOf(d.sequenceNumber())),
                "/beslutter/grant-periods/" + d.periodId(), d.processId());
    }
}
