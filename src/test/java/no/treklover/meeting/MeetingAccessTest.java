package no.treklover.meeting;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.component.VEvent;
import no.treklover.notification.NotificationRequested;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * Who sees what of meetings (BRIEF §5): the candidate the minutes only of meetings she was in, the mentor nothing
 * before the confidentiality declaration and only of own processes, another office nothing; minutes reads are
 * audit-logged. The personal feed works with its token only. The daily job reminds and digests once.
 */
@IntegrationTest
@RecordApplicationEvents
class MeetingAccessTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarFeedTokens tokens;

    @Autowired
    MeetingNotificationJob job;

    @Autowired
    ApplicationEvents events;

    ApiClient http;
    MeetingFixtures fixtures;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        fixtures = new MeetingFixtures(http, jdbc);
    }

    @Test
    void theCandidateReadsMinutesOnlyOfMeetingsSheTookPartIn() {
        long kaja = fixtures.kajasProcess();
        long with = fixtures.meeting(kaja, "TREKLOVERSAMTALE", "2026-01-10T10:00:00+01:00",
                List.of("CANDIDATE", "COUNSELLOR"), "Kaja var med");
        long without = fixtures.meeting(kaja, "OPPFOLGINGSMOTE", "2026-01-11T10:00:00+01:00",
                List.of("MENTOR", "COUNSELLOR"), "Hemmelig for Kaja");
        long auditBefore = minutesReads("kandidat");

        JsonNode mine = http.get("kandidat", "/api/v1/meetings/" + with).json();
        assertThat(mine.path("minutes").asString()).isEqualTo("Kaja var med");
        assertThat(mine.path("access").asString()).isEqualTo("MINUTES");
        ApiClient.Response other = http.get("kandidat", "/api/v1/meetings/" + without);
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body()).doesNotContain("Hemmelig for Kaja");
        assertThat(other.json().path("minutes").isNull()).isTrue();
        assertThat(other.json().path("actionItems").isNull()).isTrue();
        String list = http.get("kandidat", "/api/v1/processes/" + kaja + "/meetings").body();
        assertThat(list).contains("Kaja var med").doesNotContain("Hemmelig for Kaja");
        assertThat(minutesReads("kandidat")).isGreaterThan(auditBefore);

        // the candidate changes nothing, and sees no other candidate's meetings
        assertThat(http.put("kandidat", "/api/v1/meetings/" + with, object("minutes", "Endret"), "\"0\"").status())
                .isEqualTo(403);
        long someoneElse = fixtures.meeting(fixtures.newProcess(), "ROTASJON", "2026-01-12T10:00:00+01:00",
                List.of("COUNSELLOR"), null);
        assertThat(http.get("kandidat", "/api/v1/meetings/" + someoneElse).status()).isEqualTo(403);

        // her page: plain language, the minutes she may read
        String page = http.send("kandidat", "GET", "/my", null, null, Map.of("Accept", "text/html")).body();
        assertThat(page).contains("Møtene dine").contains("/meetings/" + with).doesNotContain("/meetings/" + without);
    }

    @Test
    void theMentorSeesNothingBeforeTheDeclarationAndOnlyOwnProcesses() {
        long process = fixtures.partnerProcess(LocalDate.now(OSLO).minusWeeks(3));
        long meeting = fixtures.meeting(process, "TREKLOVERSAMTALE", "2026-02-10T10:00:00+01:00",
                List.of("MENTOR", "COUNSELLOR"), "Mentor var med");
        String path = "/api/v1/meetings/" + meeting;
        assertThat(http.get("mentor", path).status()).isEqualTo(403);
        assertThat(http.get("mentor", path + ".ics").status()).isEqualTo(403);
        assertThat(http.get("mentor", "/api/v1/processes/" + process + "/meetings").status()).isEqualTo(403);
        assertThat(deniedReads("mentor")).isPositive();

        fixtures.mentorSigns(process);
        JsonNode seen = http.get("mentor", path).json();
        assertThat(seen.path("minutes").asString()).isEqualTo("Mentor var med");
        // only own processes: a process without this mentor and employer
        long notTheirs = fixtures.meeting(fixtures.newProcess(), "TREKLOVERSAMTALE", "2026-02-11T10:00:00+01:00",
                List.of("COUNSELLOR"), "Andres møte");
        assertThat(http.get("mentor", "/api/v1/meetings/" + notTheirs).status()).isEqualTo(403);
        assertThat(http.get("arbeidsgiver", "/api/v1/meetings/" + notTheirs).status()).isEqualTo(403);
        assertThat(http.put("mentor", path, object("minutes", "x"), "\"0\"").status()).isEqualTo(403);

        // the employer sees the meeting but not the minutes of a meeting without them; another office nothing
        ApiClient.Response employer = http.get("arbeidsgiver", path);
        assertThat(employer.status()).isEqualTo(200);
        assertThat(employer.json().path("minutes").isNull()).isTrue();
        assertThat(http.get("veileder2", path).status()).isEqualTo(403);
        assertThat(http.put("veileder2", path, object("minutes", "x"), "\"0\"").status()).isEqualTo(403);
        assertThat(http.post("veileder2", "/api/v1/processes/" + process + "/meetings", object("type", "ROTASJON",
                "startsAt", "2026-02-10T10:00:00+01:00", "channel", "PHONE")).status()).isEqualTo(403);
        assertThat(http.get("beslutter", path).status()).isEqualTo(403);
        assertThat(http.get("personvernombud", path).status()).isEqualTo(403);
    }

    @Test
    void theFeedAnswersOnlyItsTokenAndListsTheUsersMeetings() throws Exception {
        long process = fixtures.partnerProcess(LocalDate.now(OSLO).minusWeeks(3));
        fixtures.mentorSigns(process);
        String startsAt = ZonedDateTime.now(OSLO).plusDays(5).withHour(9).withMinute(0).withSecond(0).withNano(0)
                .toOffsetDateTime().toString();
        long meeting = fixtures.meeting(process, "TREKLOVERSAMTALE", startsAt, List.of("MENTOR", "COUNSELLOR"),
                "Referat som ikke hører hjemme i kalenderen");
        String uid = http.get("veileder", "/api/v1/meetings/" + meeting).json().path("icalUid").asString();

        String token = tokens.rotate(fixtures.userId("mentor"));
        ApiClient.Response feed = http.get(null, "/calendar/feed/" + token + ".ics");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        assertThat(feed.body()).doesNotContain("Referat som ikke");
        var calendar = MeetingApiTest.parse(feed.body());
        assertThat(MeetingApiTest.method(calendar)).isEqualTo("PUBLISH");
        assertThat(calendar.getComponents().stream().filter(VEvent.class::isInstance).map(VEvent.class::cast)
                .map(e -> e.getUid().orElseThrow().getValue())).contains(uid);
        assertThat(jdbc.sql("select token_hash from meeting_calendar_token where user_id = :u")
                .param("u", fixtures.userId("mentor")).query(String.class).single())
                .isNotEqualTo(token).hasSize(64);

        assertThat(http.get(null, "/calendar/feed/" + token.substring(1) + "x.ics").status()).isEqualTo(404);
        assertThat(http.get(null, "/calendar/feed/kort.ics").status()).isEqualTo(404);
        String rotated = tokens.rotate(fixtures.userId("mentor"));
        assertThat(http.get(null, "/calendar/feed/" + token + ".ics").status()).isEqualTo(404);
        assertThat(http.get(null, "/calendar/feed/" + rotated + ".ics").status()).isEqualTo(200);

        // the feed page makes and shows a new address once
        ApiClient.Response page = http.send("mentor", "GET", "/meetings/calendar", null, null,
                Map.of("Accept", "text/html"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Kalenderabonnement");
    }

    @Test
    void remindersAndTheDigestAreSentOnce() {
        Instant now = Instant.now();
        LocalDate today = now.atZone(OSLO).toLocalDate();
        long process = fixtures.partnerProcess(today.minusMonths(3));
        fixtures.mentorSigns(process);
        String inTwoDays = today.plusDays(2).atTime(13, 0).atZone(OSLO).toOffsetDateTime().toString();
        long meeting = fixtures.meeting(process, "TREKLOVERSAMTALE", inTwoDays, List.of("MENTOR", "COUNSELLOR"),
                null);
        // participants by name only: a named guest without an account gets nothing
        http.put("veileder", "/api/v1/meetings/" + meeting, object("participants", List.of(object("role", "MENTOR"),
                object("role", "COUNSELLOR"), object("role", "OTHER", "name", "Gjest Uten Konto"))), "\"0\"");

        job.run(now);
        assertThat(reminders(meeting, "TWO_DAYS")).containsExactlyInAnyOrder(fixtures.userId("mentor"),
                fixtures.userId("veileder"));
        assertThat(digests(fixtures.userId("veileder"))).hasSize(1);
        events.clear();
        job.run(now);
        assertThat(reminders(meeting, "TWO_DAYS")).isEmpty();
        assertThat(digests(fixtures.userId("veileder"))).isEmpty();

        // the next morning: the day-before reminder, once
        job.run(now.plusSeconds(24 * 3600));
        assertThat(reminders(meeting, "DAY_BEFORE")).hasSize(2);
        events.clear();
        job.run(now.plusSeconds(24 * 3600 + 60));
        assertThat(reminders(meeting, "DAY_BEFORE")).isEmpty();
    }

    private List<Long> reminders(long meeting, String kind) {
        return events.stream(NotificationRequested.class)
                .filter(n -> ("/meetings/" + meeting).equals(n.link()))
                .filter(n -> n.messageKey().endsWith(kind))
                .map(NotificationRequested::recipientUserId).toList();
    }

    private List<NotificationRequested> digests(long counsellor) {
        return events.stream(NotificationRequested.class)
                .filter(n -> n.recipientUserId() == counsellor && n.messageKey().equals("meeting.notification.digest"))
                .toList();
    }

    private long minutesReads(String username) {
        return jdbc.sql("select count(*) from audit_entry where actor_username = :u and resource = 'meeting-minutes' "
                + "and allowed and action = 'READ'").param("u", username).query(Long.class).single();
    }

    private long deniedReads(String username) {
        return jdbc.sql("select count(*) from audit_entry where actor_username = :u and resource = 'meeting' "
                + "and not allowed").param("u", username).query(Long.class).single();
    }
}
