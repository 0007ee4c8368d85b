package no.treklover.event;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
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
 * Every morning: a reminder to the booking counsellor two days before an interview and to the candidate (with an
 * account) the day before; on Monday mornings a digest to the counsellors of every office invited to a published
 * event with free slots. Each is recorded before it is published ({@code event_reminder_sent} per booking and
 * kind, {@code event_digest_sent} per office and week), so nothing goes out twice, and an advisory lock lets one
 * node do the work.
 */
@Component
class EventNotificationJob {

    /** "TRKLEVNT" in ASCII. */
    static final long LOCK_KEY = 0x54524B4C45564E54L;
    static final int BATCH_SIZE = 500;
    private static final Logger log = LoggerFactory.getLogger(EventNotificationJob.class);

    enum Kind { COUNSELLOR_2D, CANDIDATE_1D }

    record Result(int reminders, int digests, boolean skipped) {
    }

    private record Batch(long lastKey, int size, int sent) {
    }

    private record Due(long bookingId, long recipient, long processId, long eventId, String title, Instant startsAt,
            String employerName) {
    }

    private final JdbcClient jdbc;
    private final SingleNodeBatches batches;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EventNotificationJob(JdbcClient jdbc, SingleNodeBatches batches, ApplicationEventPublisher publisher,
            Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Scheduled(cron = "${treklover.events.notification-cron:0 10 7 * * *}", zone = "Europe/Oslo")
    void daily() {
        run(clock.instant());
    }

    Result run(Instant now) {
        LocalDate today = now.atZone(Event.OSLO).toLocalDate();
        int reminders = 0;
        for (Kind kind : Kind.values()) {
            LocalDate day = today.plusDays(kind == Kind.COUNSELLOR_2D ? 2 : 1);
            Optional<List<Batch>> done = batches.run(LOCK_KEY,
                    previous -> reminders(kind, day, now, previous == null ? 0 : previous.lastKey()),
                    batch -> batch.size() == 0);
            if (done.isEmpty()) {
                log.info("Event notifications: another node holds the lock, leaving the work to it");
                return new Result(0, 0, true);
            }
            reminders += done.get().stream().mapToInt(Batch::sent).sum();
        }
        int digests = 0;
        if (today.getDayOfWeek() == DayOfWeek.MONDAY) {
            LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            Optional<List<Batch>> done = batches.run(LOCK_KEY,
                    previous -> digests(week, now, previous == null ? "" : String.valueOf(previous.lastKey())),
                    batch -> batch.size() == 0);
            if (done.isEmpty()) {
                return new Result(reminders, 0, true);
            }
            digests = done.get().stream().mapToInt(Batch::sent).sum();
        }
        if (reminders + digests > 0) {
            log.info("Event notifications: {} reminders, {} digests", reminders, digests);
        }
        return new Result(reminders, digests, false);
    }

    private Batch reminders(Kind kind, LocalDate day, Instant now, long afterBooking) {
        Instant from = day.atStartOfDay(Event.OSLO).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(Event.OSLO).toInstant();
        String recipient = kind == Kind.COUNSELLOR_2D ? "b.booked_by"
                : "(select min(u.id) from app_user u where u.candidate_id = b.candidate_id and u.enabled)";
        List<Due> due = jdbc.sql("""
                select b.id, %s, b.process_id, e.id, e.title, s.starts_at, em.name
                  from event_booking b
                  join event e on e.id = b.event_id
                  join event_slot s on s.id = b.slot_id
                  join event_employer x on x.id = b.event_employer_id
                  join employer em on em.id = x.employer_id
                 where b.cancelled_at is null and e.state = 'PUBLISHED' and s.starts_at >= :from and s.starts_at < :to
                   and b.id > :after
                   and not exists (select 1 from event_reminder_sent r where r.booking_id = b.id and r.kind = :kind)
                 order by b.id limit :limit""".formatted(recipient))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("after", afterBooking)
                .param("kind", kind.name()).param("limit", BATCH_SIZE)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
                .list();
        int sent = 0;
        for (Due d : due) {
            int recorded = jdbc.sql("""
                    insert into event_reminder_sent (booking_id, kind, sent_at) values (:b, :k, :now)
                    on conflict do nothing""")
                    .param("b", d.bookingId()).param("k", kind.name()).param("now", Timestamp.from(now)).update();
            if (recorded == 1 && d.recipient() != 0) {
                publisher.publishEvent(new NotificationRequested(d.recipient(), "events.notification.reminder."
                        + kind.name(), List.of(d.employerName(), NorwegianFormat.dateTime(d.startsAt()), d.title()),
                        kind == Kind.COUNSELLOR_2D ? "/events/" + d.eventId() : "/my-events", d.processId()));
                sent++;
            }
        }
        return new Batch(due.isEmpty() ? afterBooking : due.get(due.size() - 1).bookingId(), due.size(), sent);
    }

    private record OfficeFree(String officeId, long freeSlots, long events) {
    }

    /** One office per row, in office order; lastKey carries the office number (4 digits) of the batch's last. */
    private Batch digests(LocalDate week, Instant now, String afterOffice) {
        List<OfficeFree> offices = jdbc.sql("""
                select eo.office_id, count(s.id), count(distinct e.id)
                  from event e
                  join event_office eo on eo.event_id = e.id and eo.role = 'INVITED'
                  join event_employer x on x.event_id = e.id
                  join event_slot s on s.event_employer_id = x.id
                 where e.state = 'PUBLISHED' and e.starts_at > :now and eo.office_id > :after
                   and not exists (select 1 from event_booking b where b.slot_id = s.id and b.cancelled_at is null)
                   and not exists (select 1 from event_digest_sent d where d.office_id = eo.office_id
                                    and d.week_start = :week)
                 group by eo.office_id order by eo.office_id limit :limit""")
                .param("now", Timestamp.from(now)).param("after", afterOffice).param("week", week)
                .param("limit", BATCH_SIZE)
                .query((rs, n) -> new OfficeFree(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
        int sent = 0;
        for (OfficeFree o : offices) {
            int recorded = jdbc.sql("""
                    insert into event_digest_sent (office_id, week_start, sent_at) values (:o, :w, :now)
                    on conflict do nothing""")
                    .param("o", o.officeId()).param("w", week).param("now", Timestamp.from(now)).update();
            if (recorded == 0) {
                continue;
            }
            for (long counsellor : jdbc.sql("""
                    select id from app_user where office_id = :o and role = 'COUNSELLOR' and enabled""")
                    .param("o", o.officeId()).query(Long.class).list()) {
                publisher.publishEvent(new NotificationRequested(counsellor, "events.notification.digest",
                        List.of(String.valueOf(o.freeSlots()), String.valueOf(o.events())), "/events", null));
                sent++;
            }
        }
        long last = offices.isEmpty() ? 0 : Long.parseLong(offices.get(offices.size() - 1).officeId());
        return new Batch(last, offices.size(), sent);
    }
}
