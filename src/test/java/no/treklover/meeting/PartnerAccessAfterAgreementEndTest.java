package no.treklover.meeting;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * BRIEF §2: a process left open after its only agreement has ended is closed to the mentor and the employer 12
 * weeks after the agreement's end, everywhere they could see it; the day before, everything is still open.
 */
@IntegrationTest
class PartnerAccessAfterAgreementEndTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarFeedTokens tokens;

    ApiClient http;
    MeetingFixtures fixtures;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        fixtures = new MeetingFixtures(http, jdbc);
    }

    @Test
    void partnersLoseEverythingTwelveWeeksAfterTheAgreementEndsWhileTheProcessStaysOpen() {
        long process = fixtures.partnerProcess(LocalDate.now(OSLO).minusWeeks(30));
        long agreement = http.post("veileder", "/api/v1/processes/" + process + "/agreements", object()).id();
        assertThat(http.post("mentor", "/api/v1/agreements/" + agreement + "/confidentiality", object()).status())
                .isEqualTo(200);
        String startsAt = ZonedDateTime.now(OSLO).plusDays(5).withHour(9).withMinute(0).withSecond(0).withNano(0)
                .toOffsetDateTime().toString();
        long meeting = fixtures.meeting(process, "TREKLOVERSAMTALE", startsAt,
                List.of("MENTOR", "COUNSELLOR"), "Referat");
        String uid = http.get("veileder", "/api/v1/meetings/" + meeting).json().path("icalUid").asString();
        String feed = "/calendar/feed/" + tokens.rotate(fixtures.userId("mentor")) + ".ics";

        String api = "/api/v1/processes/" + process;
        List<String> both = List.of(api + "/shared-profile", "/processes/" + process + "/shared",
                api + "/meetings", "/api/v1/meetings/" + meeting, "/meetings/" + meeting,
                "/api/v1/meetings/" + meeting + ".ics", api + "/agreements", "/api/v1/agreements/" + agreement,
                "/api/v1/agreements/" + agreement + "/versions", api + "/questions");
        List<String> mentorOnly = List.of(api + "/weekly-plan", api + "/mastery-log", api + "/mentoring/steps",
                "/mentoring/" + process, "/mentoring/" + process + "/questions");

        // concluded, ended 12 weeks less a day ago, the process still open: still open to both
        endAgreement(agreement, LocalDate.now(OSLO).minusWeeks(12).plusDays(1));
        for (String path : both) {
            assertThat(status("mentor", path)).as("mentor " + path).isEqualTo(200);
            assertThat(status("arbeidsgiver", path)).as("arbeidsgiver " + path).isEqualTo(200);
        }
        for (String path : mentorOnly) {
            assertThat(status("mentor", path)).as("mentor " + path).isEqualTo(200);
        }
        assertThat(listed("mentor", "/api/v1/me/partner-processes")).contains(process);
        assertThat(listed("arbeidsgiver", "/api/v1/me/partner-processes")).contains(process);
        assertThat(listed("mentor", "/api/v1/me/mentoring")).contains(process);
        assertThat(page("mentor", "/partner")).contains("/processes/" + process + "/shared");
        assertThat(page("arbeidsgiver", "/partner")).contains("/processes/" + process + "/shared");
        assertThat(page("mentor", "/mentoring")).contains("/mentoring/" + process + "\"");
        assertThat(http.get(null, feed).body()).contains(uid);

        // ended 12 weeks and a day ago: closed to both, everywhere
        endAgreement(agreement, LocalDate.now(OSLO).minusWeeks(12).minusDays(1));
        for (String path : both) {
            assertThat(status("mentor", path)).as("mentor " + path).isEqualTo(403);
            assertThat(status("arbeidsgiver", path)).as("arbeidsgiver " + path).isEqualTo(403);
        }
        for (String path : mentorOnly) {
            assertThat(status("mentor", path)).as("mentor " + path).isEqualTo(403);
        }
        assertThat(listed("mentor", "/api/v1/me/partner-processes")).doesNotContain(process);
        assertThat(listed("arbeidsgiver", "/api/v1/me/partner-processes")).doesNotContain(process);
        assertThat(listed("mentor", "/api/v1/me/mentoring")).doesNotContain(process);
        assertThat(page("mentor", "/partner")).doesNotContain("/processes/" + process + "/shared");
        assertThat(page("arbeidsgiver", "/partner")).doesNotContain("/processes/" + process + "/shared");
        assertThat(page("mentor", "/mentoring")).doesNotContain("/mentoring/" + process + "\"");
        ApiClient.Response calendar = http.get(null, feed);
        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.body()).doesNotContain(uid);

        // the process is still open, and the counsellor and the candidate's office keep it
        assertThat(status("veileder", api + "/shared-profile")).isEqualTo(200);
        assertThat(status("veileder", "/api/v1/agreements/" + agreement)).isEqualTo(200);
        assertThat(jdbc.sql("select open from inclusion_process where id = :id").param("id", process)
                .query(Boolean.class).single()).isTrue();
    }

    private void endAgreement(long agreement, LocalDate end) {
        jdbc.sql("""
                        update mentor_agreement set concluded_at = coalesce(concluded_at, now()),
                               start_date = :start, end_date = :end where id = :id""")
                .param("start", end.minusMonths(3)).param("end", end).param("id", agreement).update();
    }

    private int status(String user, String path) {
        return path.startsWith("/api/") ? http.get(user, path).status()
                : http.send(user, "GET", path, null, null, Map.of("Accept", "text/html")).status();
    }

    private String page(String user, String path) {
        ApiClient.Response page = http.send(user, "GET", path, null, null, Map.of("Accept", "text/html"));
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.body();
    }

    private List<Long> listed(String user, String path) {
        List<Long> ids = new ArrayList<>();
        http.get(user, path).json().forEach(row -> ids.add(row.path("processId").asLong()));
        return ids;
    }
}
