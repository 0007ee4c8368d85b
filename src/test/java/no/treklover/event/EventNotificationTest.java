package no.treklover.event;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The reminders (the booking counsellor two days before, the candidate the day before) and the Monday digest of
 * free slots to the invited offices' counsellors: each through notifications, each sent once however often the job
 * runs.
 */
@IntegrationTest
class EventNotificationTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    EventNotificationJob job;

    private ApiClient api() {
        return new ApiClient(port);
    }

    private long event(ApiClient api, LocalDate day, String office) {
        long event = api.post("markedskontakt", "/api/v1/events", object("type", "JOB_FAIR", "title",
                "Påminnelsesmesse", "date", day.toString(), "startTime", "09:00", "endTime", "12:00", "venue",
                "Rådhuset", "invitedOffices", List.of(office))).id();
        long employer = jdbc.sql("select id from employer order by id offset 7 limit 1").query(Long.class).single();
        api.post("markedskontakt", "/api/v1/events/" + event + "/employers", object("employerId", employer,
                "slots", object("slotStart", "09:00", "slotEnd", "10:00")));
        api.post("markedskontakt", "/api/v1/events/" + event + "/transitions", object("state", "PUBLISHED"), "\"0\"");
        return event;
    }

    private long count(String username, String key) {
        return jdbc.sql("""
                select count(*) from notification n join app_user u on u.id = n.recipient_id
                 where u.username = :u and n.message_key = :k""")
                .param("u", username).param("k", key).query(Long.class).single();
    }

    private long book(ApiClient api, long event, String username) {
        long candidate = api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Påminnet", "lastName", "Kandidatsen")).id();
        long process = api.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
        jdbc.sql("""
                insert into app_user (username, password_hash, display_name, role, candidate_id)
                values (:u, :h, 'Påminnet', 'CANDIDATE', :c)""")
                .param("u", username).param("h", passwords.encode("demo")).param("c", candidate).update();
        long slot = jdbc.sql("""
                select min(s.id) from event_slot s join event_employer x on x.id = s.event_employer_id
                 where x.event_id = :e""").param("e", event).query(Long.class).single();
        ApiClient.Response booked = api.post("veileder", "/api/v1/events/" + event + "/bookings",
                object("slotId", slot, "processId", process));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        return booked.id();
    }

    @Test
    void theCounsellorIsRemindedTwoDaysBeforeAndTheCandidateTheDayBeforeEachOnce() {
        ApiClient api = api();
        LocalDate today = LocalDate.of(2031, 3, 3);
        Instant morning = today.atTime(LocalTime.of(7, 10)).atZone(OSLO).toInstant();
        String candidateUser = "paaminnet-" + System.nanoTime();
        long inTwoDays = event(api, today.plusDays(2), "0315");
        long tomorrow = event(api, today.plusDays(1), "0315");
        long early = book(api, inTwoDays, candidateUser + "a");
        long late = book(api, tomorrow, candidateUser);
        long counsellorBefore = count("veileder", "events.notification.reminder.COUNSELLOR_2D");

        job.run(morning);
        job.run(morning);

        assertThat(count("veileder", "events.notification.reminder.COUNSELLOR_2D") - counsellorBefore).isEqualTo(1);
        assertThat(count(candidateUser, "events.notification.reminder.CANDIDATE_1D")).isEqualTo(1);
        assertThat(count(candidateUser + "a", "events.notification.reminder.CANDIDATE_1D")).isZero();
        assertThat(jdbc.sql("select kind from event_reminder_sent where booking_id = :b").param("b", early)
                .query(String.class).list()).containsExactly("COUNSELLOR_2D");
        assertThat(jdbc.sql("select kind from event_reminder_sent where booking_id = :b").param("b", late)
                .query(String.class).list()).containsExactly("CANDIDATE_1D");
    }

    @Test
    void onMondayTheInvitedOfficesCounsellorsGetOneDigestOfFreeSlots() {
        ApiClient api = api();
        LocalDate monday = LocalDate.of(2032, 1, 5).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        event(api, monday.plusDays(3), "4614");
        Instant morning = monday.atTime(LocalTime.of(7, 10)).atZone(OSLO).toInstant();
        long before = count("veileder2", "events.notification.digest");

        EventNotificationJob.Result first = job.run(morning);
        job.run(morning);
        job.run(morning.plusSeconds(3600 * 24));

        assertThat(first.skipped()).isFalse();
        assertThat(count("veileder2", "events.notification.digest") - before).isEqualTo(1);
        assertThat(jdbc.sql("""
                select arguments[1] from notification n join app_user u on u.id = n.recipient_id
                 where u.username = 'veileder2' and n.message_key = 'events.notification.digest'
                 order by n.id desc limit 1""").query(String.class).single()).isNotBlank();
    }
}
