package no.treklover.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The meeting screens: the card on the process page, the plan form, field errors, the stale-version message. */
@IntegrationTest
class MeetingPagesTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient http;
    MeetingFixtures fixtures;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        fixtures = new MeetingFixtures(http, jdbc);
    }

    private ApiClient.Response page(String user, String path) {
        return http.send(user, "GET", path, null, null, Map.of("Accept", "text/html"));
    }

    private ApiClient.Response form(String user, String path, String body) {
        return http.send(user, "POST", path, body, "application/x-www-form-urlencoded", Map.of("Accept", "text/html"));
    }

    @Test
    void theProcessPageShowsTheCardWithOverdueFollowUp() {
        long process = fixtures.partnerProcess(LocalDate.now(OSLO).minusMonths(2));
        String html = page("veileder", "/processes/" + process).body();
        assertThat(html).contains("id=\"meetings\"").contains("Planlegg møte").contains("Oppfølging forfalt");
        // Kaja's demo meetings
        String kaja = page("veileder", "/processes/" + fixtures.kajasProcess()).body();
        assertThat(kaja).contains("Oppstartsmøte").contains("Trekløversamtale");
        assertThat(page("veileder", "/caseload?overdueOnly=false&size=200").status()).isEqualTo(200);
    }

    @Test
    void thePlanFormPrefillsTheAgendaAndShowsFieldErrors() {
        long process = fixtures.partnerProcess(LocalDate.now(OSLO).minusWeeks(1));
        String form = page("veileder", "/processes/" + process + "/meetings/new?type=ROTASJON").body();
        assertThat(form).contains("Erfaringer fra oppgavene så langt");
        // the shared form fragments take the meetings' labels (meeting.field.*) and the caller's textarea rows
        assertThat(form).doesNotContain("??")
                .contains("<span>Dato</span>").contains("<span>Andre deltakere (ett navn per linje)</span>")
                .containsPattern("rows=\"8\"[^>]*id=\"agenda\"").containsPattern("rows=\"2\"[^>]*id=\"others\"");

        ApiClient.Response invalid = form("veileder", "/processes/" + process + "/meetings/new",
                "type=ROTASJON&date=&time=25:99&durationMinutes=1&channel=VIDEO&withCandidate=true");
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("Du må rette disse feilene").contains("date-error").contains("time-error")
                .contains(">Dato: ").doesNotContain("??");

        ApiClient.Response tooShort = form("veileder", "/processes/" + process + "/meetings/new",
                "type=ROTASJON&date=2027-01-12&time=10:00&durationMinutes=1&channel=VIDEO&withCandidate=true");
        assertThat(tooShort.status()).isEqualTo(200);
        assertThat(tooShort.body()).contains("durationMinutes-error").contains("Varigheten må være mellom 5 og 720");

        ApiClient.Response planned = form("veileder", "/processes/" + process + "/meetings/new",
                "type=ROTASJON&date=2027-01-12&time=10:00&durationMinutes=45&channel=VIDEO&location=Teams"
                        + "&withCandidate=true&withMentor=true&others=Ola+Nordmann%0APer+Hansen&agenda=1.+Oppgaver");
        assertThat(planned.status()).isEqualTo(302);
        String location = planned.header("Location");
        assertThat(location).contains("/meetings/");
        long id = Long.parseLong(location.replaceAll(".*/meetings/(\\d+).*", "$1"));
        var json = http.get("veileder", "/api/v1/meetings/" + id).json();
        assertThat(json.path("startsAt").asString()).isEqualTo("2027-01-12T10:00:00+01:00");
        assertThat(json.path("participants").findValuesAsString("name")).contains("Ola Nordmann", "Per Hansen");
    }

    @Test
    void aStaleFormGetsTheConflictMessage() {
        long id = fixtures.meeting(fixtures.newProcess(), "OPPFOLGINGSMOTE", "2026-01-05T10:00:00+01:00",
                List.of("COUNSELLOR"), null);
        assertThat(form("veileder", "/meetings/" + id + "/minutes", "version=0&minutes=F%C3%B8rst&held=true")
                .status()).isEqualTo(302);
        ApiClient.Response stale = form("veileder", "/meetings/" + id + "/minutes", "version=0&minutes=Sist");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("Noen andre har lagret endringer");
        assertThat(http.get("veileder", "/api/v1/meetings/" + id).json().path("minutes").asString())
                .isEqualTo("Først");
        String meetingPage = page("veileder", "/meetings/" + id).body();
        assertThat(meetingPage).contains("Først").contains("Gjennomført");

        ApiClient.Response tooLong = form("veileder", "/meetings/" + id + "/action-items", "text=&owner=Meg");
        assertThat(tooLong.status()).isEqualTo(200);
        assertThat(tooLong.body()).contains("text-error");
    }

    @Test
    void officeTemplatesAreEditedPerOffice() {
        ApiClient.Response saved = form("kontorleder", "/meetings/templates",
                "type=EVALUERING_AVSLUTNING&agenda=1.+Kontorets+egen+evaluering&version=0");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(page("veileder", "/meetings/templates").body()).contains("Kontorets egen evaluering");
        assertThat(page("veileder2", "/meetings/templates").body()).doesNotContain("Kontorets egen evaluering");
        long process = fixtures.newProcess();
        assertThat(page("veileder", "/processes/" + process + "/meetings/new?type=EVALUERING_AVSLUTNING").body())
                .contains("Kontorets egen evaluering");
        ApiClient.Response empty = form("kontorleder", "/meetings/templates",
                "type=EVALUERING_AVSLUTNING&agenda=&version=1");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("agenda-error-EVALUERING_AVSLUTNING");
        ApiClient.Response stale = form("kontorleder", "/meetings/templates",
                "type=EVALUERING_AVSLUTNING&agenda=Ny&version=0");
        assertThat(stale.body()).contains("Noen andre har lagret endringer");
    }
}
