package no.treklover.process;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the counsellor when an ended process becomes due for Etterkontroll, twelve months after its end: one
 * notification naming the candidate when one became due, else one with the count leading to the caseload's list of
 * those due. Each process is reminded once ({@code post_check_reminded_at}, set by the statement that picks it).
 */
@Component
public class PostCheckReminders {

    /** "TRKLPOST" in ASCII. */
    static final long LOCK_KEY = 0x54524B4C504F5354L;
    static final String ONE = "process.notification.postCheckDue";
    static final String MANY = "process.notification.postCheckDueMany";
    static final String LIST = "/caseload?status=POST_CHECK_DUE";
    private static final Logger log = LoggerFactory.getLogger(PostCheckReminders.class);

    private final JdbcClient jdbc;
    private final SingleNodeBatches batches;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PostCheckReminders(JdbcClient jdbc, SingleNodeBatches batches, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.events = events;
        this.clock = clock;
    }

    private record Due(long processId, long counsellorId, String candidateName) {
    }

    @Scheduled(cron = "${treklover.post-check.reminder-cron:0 40 6 * * *}", zone = "Europe/Oslo")
    void daily() {
        Optional<List<Integer>> done = batches.run(LOCK_KEY, previous -> previous == null ? remind() : 0,
                told -> told == 0);
        done.ifPresent(told -> {
            if (!told.isEmpty() && told.get(0) > 0) {
                log.info("Etterkontroll: {} processes became due, counsellors reminded", told.get(0));
            }
        });
    }

    /** Picks and marks the processes due today or earlier that nobody was reminded of; returns how many. */
    @Transactional
    public int remind() {
        LocalDate today = LocalDate.now(clock.withZone(NorwegianFormat.OSLO));
        List<Due> due = jdbc.sql("""
                update inclusion_process p set post_check_reminded_at = :now
                  from candidate c
                 where c.id = p.candidate_id and p.phase = 'CLOSURE' and p.end_date <= :endedBy
                   and p.post_check_reminded_at is null and c.anonymised_at is null
                returning p.id, p.counsellor_id, c.first_name || ' ' || c.last_name as candidate_name
                """)
                .param("now", Timestamp.from(clock.instant()))
                .param("endedBy", today.minusMonths(PhaseTransitionRules.POST_CHECK_MONTHS))
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getLong("counsellor_id"),
                        rs.getString("candidate_name")))
                .list();
        Map<Long, List<Due>> byCounsellor = new LinkedHashMap<>();
        due.stream().sorted(java.util.Comparator.comparingLong(Due::processId))
                .forEach(d -> byCounsellor.computeIfAbsent(d.counsellorId(), c -> new ArrayList<>()).add(d));
        byCounsellor.forEach((counsellor, processes) -> events.publishEvent(request(counsellor, processes)));
        return due.size();
    }

    private static NotificationRequested request(long counsellor, List<Due> processes) {
        if (processes.size() > 1) {
            return new NotificationRequested(counsellor, MANY, List.of(String.valueOf(processes.size())), LIST, null);
        }
        Due d = processes.get(0);
        return new NotificationRequested(counsellor, ONE, List.of(d.candidateName()), "/processes/" + d.processId(),
                d.processId());
    }
}
