package no.treklover.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.treklover.access.AccessPolicy;
import no.treklover.access.AccessPolicy.MeetingAccess;
import no.treklover.access.CurrentUser;
import no.treklover.access.UserAccount;
import no.treklover.access.UserAccountRepository;
import no.treklover.notification.NotificationRequested;
import no.treklover.platform.text.NorwegianFormat;
import no.treklover.platform.jobs.SingleNodeBatches;
import no.treklover.process.InclusionProcess;
import no.treklover.process.InclusionProcessRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning: meeting reminders two days before and the day before a meeting to the participants with an
 * account who may see it, and one digest per counsellor with overdue follow-ups or action items. What was sent is
 * recorded (reminders per meeting, user, kind and iCalendar sequence; digests per counsellor and day), and a row is
 * written before the notification is published, so nothing goes out twice, also when the job runs again or on
 * several nodes (an advisory lock lets one node do the work).
 */
@Component
class MeetingNotificationJob {

    /** "TRKLMEET" in ASCII. */
    static final long LOCK_KEY = 0x54524B4C4D454554L;
    static final int BATCH_SIZE = 500;
    private static final Logger log = LoggerFactory.getLogger(MeetingNotificationJob.class);

    enum ReminderKind { TWO_DAYS, DAY_BEFORE }

    record Result(int reminders, int digests, boolean skipped) {
    }

    private record Batch(long lastKey, int size, int sent) {
    }

    private record Due(long meetingId, long processId, String type, Instant startsAt, int sequence, long userId) {
    }

    private final JdbcClient jdbc;
    private final SingleNodeBatches batches;
    private final ApplicationEventPublisher events;
    private final InclusionProcessRepository processes;
    private final UserAccountRepository accounts;
    private final MeetingService meetings;
    private final AccessPolicy policy;
    private final MeetingSettings settings;
    private final Clock clock;

    MeetingNotificationJob(JdbcClient jdbc, SingleNodeBatches batches, ApplicationEventPublisher events,
            InclusionProcessRepository processes, UserAccountRepository accounts,
            MeetingService meetings, AccessPolicy policy, MeetingSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.events = events;
        this.processes = processes;
        this.accounts = accounts;
        this.meetings = meetings;
        this.policy = policy;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${treklover.meeting.notification-cron:0 0 7 * * *}", zone = "Europe/Oslo")
    void daily() {
        run(clock.instant());
    }

    Result run(Instant now) {
        LocalDate today = now.atZone(ICalendar.OSLO).toLocalDate();
        int reminders = 0;
        for (ReminderKind kind : ReminderKind.values()) {
            LocalDate day = today.plusDays(kind == ReminderKind.TWO_DAYS ? 2 : 1);
            Optional<List<Batch>> done = batches.run(LOCK_KEY,
                    previous -> reminders(kind, day, now, previous == null ? 0 : previous.lastKey()),
                    batch -> batch.size() == 0);
            if (done.isEmpty()) {
                log.info("Meeting notifications: another node holds the lock, leaving the work to it");
                return new Result(0, 0, true);
            }
            reminders += done.get().stream().mapToInt(Batch::sent).sum();
        }
        Optional<List<Batch>> digests = batches.run(LOCK_KEY,
                previous -> digests(today, now, previous == null ? 0 : previous.lastKey()),
                batch -> batch.size() == 0);
        if (digests.isEmpty()) {
            return new Result(reminders, 0, true);
        }
        int sent = digests.get().stream().mapToInt(Batch::sent).sum();
        if (reminders + sent > 0) {
            log.info("Meeting notifications: {} reminders, {} digests", reminders, sent);
        }
        return new Result(reminders, sent, false);
    }

    private Batch reminders(ReminderKind kind, LocalDate day, Instant now, long afterMeeting) {
        Instant from = day.atStartOfDay(ICalendar.OSLO).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(ICalendar.OSLO).toInstant();
        List<Long> meetingIds = jdbc.sql("""
                        select id from meeting
                        where status = 'PLANNED' and starts_at >= :from and starts_at < :to and id > :after
                        order by id limit :limit""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("after", afterMeeting)
                .param("limit", BATCH_SIZE).query(Long.class).list();
        if (meetingIds.isEmpty()) {
            return new Batch(afterMeeting, 0, 0);
        }
        List<Due> due = jdbc.sql("""
                        select m.id, m.process_id, m.type, m.starts_at, m.ical_sequence, pa.user_id
                        from meeting m join meeting_participant pa on pa.meeting_id = m.id
                        where m.id in (:ids) and pa.user_id is not null
                          and not exists (select 1 from meeting_reminder_sent r
                                           where r.meeting_id = m.id and r.user_id = pa.user_id and r.kind = :kind
                                             and r.sequence = m.ical_sequence)
                        order by m.id, pa.position""")
                .param("ids", meetingIds).param("kind", kind.name())
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getLong(6)))
                .list();
        int sent = 0;
        for (Due reminder : due) {
            Optional<CurrentUser> user = user(reminder.userId());
            InclusionProcess process = processes.findById(reminder.processId()).orElse(null);
            if (user.isEmpty() || process == null || policy.meetingAccess(user.get(), process.scope(),
                    meetings.mentorSigned(user.get(), process), true) == MeetingAccess.NONE) {
                continue;
            }
            int recorded = jdbc.sql("""
                            insert into meeting_reminder_sent (meeting_id, user_id, kind, sequence, sent_at)
                            values (:m, :u, :k, :s, :now) on conflict do nothing""")
                    .param("m", reminder.meetingId()).param("u", reminder.userId()).param("k", kind.name())
                    .param("s", reminder.sequence()).param("now", Timestamp.from(now)).update();
            if (recorded == 1) {
                events.publishEvent(new NotificationRequested(reminder.userId(),
                        "meeting.notification.reminder." + kind.name(),
                        List.of(settings.label(MeetingType.valueOf(reminder.type())),
                                NorwegianFormat.dateTime(reminder.startsAt())),
                        "/meetings/" + reminder.meetingId(), reminder.processId()));
                sent++;
            }
        }
        return new Batch(meetingIds.get(meetingIds.size() - 1), meetingIds.size(), sent);
    }

    private record ProcessCadence(long counsellorId, boolean overdue, long overdueItems) {
    }

    private Batch digests(LocalDate today, Instant now, long afterCounsellor) {
        List<Long> counsellors = jdbc.sql("""
                        select distinct counsellor_id from inclusion_process
                        where open and counsellor_id > :after order by counsellor_id limit :limit""")
                .param("after", afterCounsellor).param("limit", 100).query(Long.class).list();
        if (counsellors.isEmpty()) {
            return new Batch(afterCounsellor, 0, 0);
        }
        List<ProcessCadence> rows = jdbc.sql("""
                        select p.counsellor_id, p.phase, p.open, p.start_date,
                        """ + CadenceColumns.SELECT + """
                        from inclusion_process p
                        where p.open and p.counsellor_id in (:ids)""")
                .param("ids", counsellors).param("cadenceToday", today)
                .query((rs, n) -> new ProcessCadence(rs.getLong("counsellor_id"),
                        CadenceColumns.status(rs, rs.getString("phase"), rs.getBoolean("open"),
                                rs.getObject("start_date", LocalDate.class), now)
                                .map(FollowUpCadence.Status::overdue).orElse(false),
                        CadenceColumns.overdueActionItems(rs)))
                .list();
        Map<Long, long[]> perCounsellor = new LinkedHashMap<>();
        for (ProcessCadence row : rows) {
            long[] counts = perCounsellor.computeIfAbsent(row.counsellorId(), k -> new long[2]);
            counts[0] += row.overdue() ? 1 : 0;
            counts[1] += row.overdueItems();
        }
        int sent = 0;
        for (var entry : perCounsellor.entrySet()) {
            long[] counts = entry.getValue();
            if (counts[0] + counts[1] == 0) {
                continue;
            }
            int recorded = jdbc.sql("""
                            insert into meeting_digest_sent (counsellor_id, digest_date, sent_at)
                            values (:c, :d, :now) on conflict do nothing""")
                    .param("c", entry.getKey()).param("d", today).param("now", Timestamp.from(now)).update();
            if (recorded == 1) {
                events.publishEvent(new NotificationRequested(entry.getKey(), "meeting.notification.digest",
                        List.of(String.valueOf(counts[0]), String.valueOf(counts[1])), "/caseload", null));
                sent++;
            }
        }
        return new Batch(counsellors.get(counsellors.size() - 1), counsellors.size(), sent);
    }

    private Optional<CurrentUser> user(long id) {
        return accounts.findById(id).filter(UserAccount::isEnabled).map(CurrentUser::withoutCredentials);
    }

}
