package no.treklover.meeting;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The candidate's feedback after a held meeting (BRIEF §5): she gives and changes her own for 14 days, with
 * optimistic locking; the office's counsellors read it and the organiser is told once; mentor, employer, other
 * candidates and other offices get nothing; planned, cancelled and old meetings are closed; bad input is a field 400.
 */
@IntegrationTest
class MeetingFeedbackTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    ApiClient http;
    MeetingFixtures fixtures;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        fixtures = new MeetingFixtures(http, jdbc);
    }

    /** A held meeting of Kaja's process some days ago, with Kaja, the mentor and the counsellor. */
    long heldMeeting(long process, int daysAgo, List<String> roles) {
        String startsAt = ZonedDateTime.now(OSLO).minusDays(daysAgo).withHour(10).withMinute(0).withSecond(0)
                .withNano(0).toOffsetDateTime().toString();
        ApiClient.Response created = fixtures.create(process, object("type", "TREKLOVERSAMTALE", "startsAt", startsAt,
                "channel", "WORKPLACE", "participants", roles.stream().map(r -> object("role", r)).toList(),
                "status", "HELD"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    long heldWithKaja(int daysAgo) {
        return heldMeeting(fixtures.kajasProcess(), daysAgo, List.of("CANDIDATE", "MENTOR", "COUNSELLOR"));
    }

    /** The stored notifications about feedback on the meeting: recipient and arguments. */
    private List<Map<String, Object>> feedbackNotices(long meeting) {
        return jdbc.sql("""
                        select recipient_id, array_to_string(arguments, '|') as arguments from notification
                        where message_key = 'meeting.feedback.notification' and link = :link""")
                .param("link", "/meetings/" + meeting + "#feedback").query().listOfRows();
    }

    private long audited(String username, String action, boolean allowed) {
        return jdbc.sql("select count(*) from audit_entry where actor_username = :u and resource = 'meeting-feedback' "
                        + "and action = :a and allowed = :allowed")
                .param("u", username).param("a", action).param("allowed", allowed).query(Long.class).single();
    }

    @Test
    void theCandidateGivesAndChangesHerFeedbackWithTheCurrentVersion() {
        long meeting = heldWithKaja(1);
        String path = "/api/v1/meetings/" + meeting + "/feedback";
        long writesBefore = audited("kandidat", "WRITE", true);
        assertThat(http.get("kandidat", path).status()).isEqualTo(404);
        assertThat(http.get("veileder", path).status()).isEqualTo(404);

        ApiClient.Response first = http.put("kandidat", path, object("rating", "GOOD", "heard", "PARTLY",
                "comment", "  Jeg fikk si det jeg ville.  "), null);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("ETag")).isEqualTo("\"0\"");
        assertThat(first.json().path("rating").asString()).isEqualTo("GOOD");
        assertThat(first.json().path("comment").asString()).isEqualTo("Jeg fikk si det jeg ville.");
        assertThat(first.json().path("open").asBoolean()).isTrue();
        assertThat(audited("kandidat", "WRITE", true)).isEqualTo(writesBefore + 1);

        // the organiser (veileder planned it) is told once, with a link to the meeting
        List<Map<String, Object>> notices = feedbackNotices(meeting);
        assertThat(notices).hasSize(1);
        assertThat(((Number) notices.get(0).get("recipient_id")).longValue()).isEqualTo(fixtures.userId("veileder"));
        assertThat(notices.get(0).get("arguments").toString()).startsWith("Trekløversamtale|")
                .doesNotContain("Jeg fikk si");

        JsonNode own = http.get("kandidat", path).json();
        assertThat(own.path("heard").asString()).isEqualTo("PARTLY");
        long readsBefore = audited("veileder", "READ", true);
        ApiClient.Response office = http.get("veileder", path);
        assertThat(office.status()).isEqualTo(200);
        assertThat(office.json().path("comment").asString()).isEqualTo("Jeg fikk si det jeg ville.");
        assertThat(audited("veileder", "READ", true)).isEqualTo(readsBefore + 1);

        // a change needs the ETag: none is 428, an old one 412 with a Norwegian message
        assertThat(http.put("kandidat", path, object("rating", "OK", "heard", "YES"), null).status())
                .isEqualTo(428);
        ApiClient.Response changed = http.put("kandidat", path, object("rating", "OK", "heard", "YES", "comment", ""),
                "\"0\"");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
        assertThat(changed.json().path("comment").isNull()).isTrue();
        ApiClient.Response stale = http.put("kandidat", path, object("rating", "NOT_GOOD", "heard", "NO"), "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(http.get("kandidat", path).json().path("rating").asString()).isEqualTo("OK");
        // one feedback per candidate and meeting, and no second notice for a change
        assertThat(jdbc.sql("select count(*) from meeting_feedback where meeting_id = :m").param("m", meeting)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(feedbackNotices(meeting)).hasSize(1);
        // a first save with a version other than 0 is stale too
        long another = heldWithKaja(2);
        assertThat(http.put("kandidat", "/api/v1/meetings/" + another + "/feedback",
                object("rating", "OK", "heard", "YES"), "\"3\"").status()).isEqualTo(412);
        assertThat(http.put("kandidat", "/api/v1/meetings/" + another + "/feedback",
                object("rating", "OK", "heard", "YES"), "\"0\"").status()).isEqualTo(201);
    }

    @Test
    void onlyTheCandidateWhoTookPartWritesAndOnlyTheOfficeReads() {
        long meeting = heldWithKaja(1);
        String path = "/api/v1/meetings/" + meeting + "/feedback";
        Map<String, Object> body = object("rating", "GOOD", "heard", "YES", "comment", "Hemmelig for mentoren");
        fixtures.mentorSigns(fixtures.kajasProcess());
        long deniedBefore = audited("mentor", "WRITE", false);
        for (String other : List.of("veileder", "veileder2", "mentor", "arbeidsgiver", "beslutter",
                "markedskontakt", "kontorleder", "personvernombud")) {
            assertThat(http.put(other, path, body, null).status()).as(other + " writes").isEqualTo(403);
        }
        assertThat(audited("mentor", "WRITE", false)).isEqualTo(deniedBefore + 1);
        assertThat(http.put(null, path, body, null).status()).isEqualTo(401);
        assertThat(http.put("kandidat", path, body, null).status()).isEqualTo(201);
        for (String other : List.of("veileder2", "mentor", "arbeidsgiver", "beslutter", "markedskontakt",
                "kontorleder", "personvernombud")) {
            ApiClient.Response read = http.get(other, path);
            assertThat(read.status()).as(other + " reads").isEqualTo(403);
            assertThat(read.body()).doesNotContain("Hemmelig for mentoren");
        }
        // the mentor's and the employer's views of the meeting carry none of it either
        assertThat(http.get("mentor", "/api/v1/meetings/" + meeting).body()).doesNotContain("Hemmelig for mentoren");
        assertThat(http.get("arbeidsgiver", "/api/v1/meetings/" + meeting).body())
                .doesNotContain("Hemmelig for mentoren");

        // another candidate: not on Kaja's meeting, and Kaja not on hers
        String other = otherCandidate();
        long otherProcess = processOf(other);
        long hers = heldMeeting(otherProcess, 1, List.of("CANDIDATE", "COUNSELLOR"));
        assertThat(http.put(other, path, body, null).status()).isEqualTo(403);
        assertThat(http.get(other, path).status()).isEqualTo(403);
        assertThat(http.put("kandidat", "/api/v1/meetings/" + hers + "/feedback", body, null).status())
                .isEqualTo(403);
        assertThat(http.put(other, "/api/v1/meetings/" + hers + "/feedback", body, null).status()).isEqualTo(201);
        assertThat(http.get("kandidat", "/api/v1/meetings/" + hers + "/feedback").status()).isEqualTo(403);

        // Kaja's own process, but a meeting she was not in
        long without = heldMeeting(fixtures.kajasProcess(), 1, List.of("MENTOR", "COUNSELLOR"));
        assertThat(http.put("kandidat", "/api/v1/meetings/" + without + "/feedback", body, null).status())
                .isEqualTo(403);
        assertThat(http.get("kandidat", "/api/v1/meetings/999999999/feedback").status()).isEqualTo(404);
        assertThat(http.put("kandidat", "/api/v1/meetings/999999999/feedback", body, null).status()).isEqualTo(404);
    }

    @Test
    void plannedCancelledAndOldMeetingsAreClosed() {
        long kaja = fixtures.kajasProcess();
        String future = ZonedDateTime.now(OSLO).plusDays(3).toOffsetDateTime().withNano(0).toString();
        long planned = fixtures.meeting(kaja, "TREKLOVERSAMTALE", future, List.of("CANDIDATE", "COUNSELLOR"), null);
        Map<String, Object> body = object("rating", "GOOD", "heard", "YES");
        ApiClient.Response notHeld = http.put("kandidat", "/api/v1/meetings/" + planned + "/feedback", body, null);
        assertThat(notHeld.status()).isEqualTo(409);
        assertThat(notHeld.contentType()).startsWith("application/problem+json");
        assertThat(notHeld.body()).contains("gjennomført");

        http.put("veileder", "/api/v1/meetings/" + planned + "/cancellation", object("reason", "Syk"), "\"0\"");
        assertThat(http.put("kandidat", "/api/v1/meetings/" + planned + "/feedback", body, null).status())
                .isEqualTo(409);

        long old = heldWithKaja(15);
        ApiClient.Response closed = http.put("kandidat", "/api/v1/meetings/" + old + "/feedback", body, null);
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.body()).contains("14 dager");
        // 13 days after: still open
        assertThat(http.put("kandidat", "/api/v1/meetings/" + heldWithKaja(13) + "/feedback", body, null).status())
                .isEqualTo(201);
        // feedback given in time cannot be changed once the 14 days are over
        long given = heldWithKaja(3);
        assertThat(http.put("kandidat", "/api/v1/meetings/" + given + "/feedback", body, null).status())
                .isEqualTo(201);
        jdbc.sql("update meeting set starts_at = starts_at - interval '20 days' where id = :id").param("id", given)
                .update();
        assertThat(http.put("kandidat", "/api/v1/meetings/" + given + "/feedback", body, "\"0\"").status())
                .isEqualTo(409);
        ApiClient.Response stillReadable = http.get("kandidat", "/api/v1/meetings/" + given + "/feedback");
        assertThat(stillReadable.status()).isEqualTo(200);
        assertThat(stillReadable.json().path("open").asBoolean()).isFalse();
    }

    @Test
    void badInputIsAFieldLevel400InNorwegian() {
        String path = "/api/v1/meetings/" + heldWithKaja(1) + "/feedback";
        ApiClient.Response empty = http.put("kandidat", path, object(), null);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(empty.errorFields()).containsExactlyInAnyOrder("rating", "heard");
        assertThat(empty.body()).contains("Velg ett av svarene");

        ApiClient.Response wrong = http.put("kandidat", path, object("rating", "SUPER", "heard", "YES",
                "comment", "x".repeat(1001)), null);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.errorFields()).containsExactlyInAnyOrder("rating", "comment");
        assertThat(wrong.body()).contains("Teksten kan være høyst");

        ApiClient.Response noBody = http.send("kandidat", "PUT", path, null, "application/json", Map.of());
        assertThat(noBody.status()).isEqualTo(400);
        ApiClient.Response badJson = http.send("kandidat", "PUT", path, "{\"rating\": [", "application/json",
                Map.of());
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(http.put("kandidat", path, object("rating", "GOOD", "heard", "NO", "comment", "x".repeat(1000)),
                null).status()).isEqualTo(201);
    }

    @Test
    void theFeedbackIsInHerDataExport() {
        long meeting = heldWithKaja(2);
        http.put("kandidat", "/api/v1/meetings/" + meeting + "/feedback", object("rating", "NOT_GOOD",
                "heard", "NO", "comment", "Eksportert tilbakemelding " + meeting), null);
        String export = http.get("kandidat", "/api/v1/me/export").body();
        assertThat(export).contains("Eksportert tilbakemelding " + meeting).contains("\"meetingFeedbackRating\":\"NOT_GOOD\"");
    }

    /** A candidate of a new process at veileder's office with an account of her own; returns the username. */
    private String otherCandidate() {
        long process = fixtures.newProcess();
        String username = "kandidat-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, candidate_id)
                        select :u, :hash, 'Annen Kandidat', 'CANDIDATE', candidate_id from inclusion_process
                        where id = :p""")
                .param("u", username).param("hash", passwords.encode("demo")).param("p", process).update();
        return username;
    }

    private long processOf(String username) {
        return jdbc.sql("""
                        select p.id from inclusion_process p join app_user u on u.candidate_id = p.candidate_id
                        where u.username = :u""").param("u", username).query(Long.class).single();
    }
}
