package no.treklover.survey;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.treklover.notification.NotificationRequested;
import no.treklover.platform.jobs.SingleNodeBatches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The surveys' morning job, run by one node: (1) triggered surveys — for each open survey «when a process ends», the
 * employer's representatives of every process of the office that reached Avslutning since the survey opened are
 * invited, once per process (seed 000: «Surveyen aktiveres fortløpende ved gjennomført inkluderingsforløp»); the
 * process is polled by its phase, as {@code process} publishes no event for it; (2) one reminder to each recipient
 * who has not answered a week after being asked — chosen by the recipient's "answered" flag (and not while their
 * answer waits in this node's buffer), never by an answer.
 */
@Component
class SurveyJob {

    private static final Logger log = LoggerFactory.getLogger(SurveyJob.class);
    private static final long LOCK_KEY = 0x5375727665794AL;

    private final JdbcClient jdbc;
    private final SingleNodeBatches batches;
    private final SurveyService surveys;
    private final SurveyStore store;
    private final SurveyAnswerBuffer buffer;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration remindAfter;

    SurveyJob(JdbcClient jdbc, SingleNodeBatches batches, SurveyService surveys, SurveyStore store,
            SurveyAnswerBuffer buffer, ApplicationEventPublisher events, Clock clock,
            @Value("${treklover.survey.remind-after:P7D}") Duration remindAfter) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.surveys = surveys;
        this.store = store;
        this.buffer = buffer;
        this.events = events;
        this.clock = clock;
        this.remindAfter = remindAfter;
    }

    record Result(int invited, int reminded) {
    }

    @Scheduled(cron = "${treklover.survey.cron:0 15 7 * * *}", zone = "Europe/Oslo")
    void daily() {
        run(clock.instant());
    }

    Result run(Instant now) {
        Result finished = new Result(-1, -1);
        var done = batches.run(LOCK_KEY, (Result previous) -> previous == null
                ? new Result(triggered(), reminders(now)) : finished, result -> result == finished);
        Result result = done.flatMap(list -> list.stream().findFirst()).orElse(new Result(0, 0));
        if (result.invited() + result.reminded() > 0) {
            log.info("Surveys: {} invited by an ended process, {} reminded", result.invited(), result.reminded());
        }
        return result;
    }

    /** Invites the employers of the processes that ended since each triggered survey opened. */
    int triggered() {
        record Due(long survey, long user, String office, long process) {
        }
        List<Due> due = jdbc.sql("""
                select s.id, u.id, p.office_id, p.id
                from survey s
                join inclusion_process p on p.office_id = s.office_id and p.phase = 'CLOSURE'
                                         and p.phase_changed_at >= s.opened_at
                join app_user u on u.employer_id = p.employer_id and u.role = 'EMPLOYER' and u.enabled
                where s.state = 'OPEN' and s.trigger_kind = 'PROCESS_CLOSED'
                  and not exists (select 1 from survey_recipient r
                                  where r.survey_id = s.id and r.user_id = u.id and r.process_id = p.id)
                order by s.id, p.id, u.id""")
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4))).list();
        for (Due d : due) {
            surveys.invite(store.get(d.survey()), d.user(), d.office(), d.process());
        }
        return due.size();
    }

    /** One reminder to each recipient with an account who has not answered an open survey a week after being asked. */
    int reminders(Instant now) {
        record Due(long recipient, long user, long survey, String title) {
        }
        List<Due> due = jdbc.sql("""
                select r.id, r.user_id, s.id, s.title from survey_recipient r join survey s on s.id = r.survey_id
                where s.state = 'OPEN' and not r.answered and not r.reminded and r.user_id is not null
                  and r.invited_at <= :before order by r.id""")
                .param("before", Timestamp.from(now.minus(remindAfter)))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4))).list();
        due = due.stream().filter(d -> !buffer.waits(d.survey(), d.recipient())).toList();
        for (Due d : due) {
            jdbc.sql("update survey_recipient set reminded = true where id = :id").param("id", d.recipient()).update();
            events.publishEvent(new NotificationRequested(d.user(), "survey.notification.reminder",
                    List.of(d.title()), "/surveys/" + d.survey() + "/answer", null));
        }
        return due.size();
    }
}
