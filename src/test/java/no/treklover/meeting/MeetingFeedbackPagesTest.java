package no.treklover.meeting;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
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
 * The feedback screens: the candidate's link on /my, the form with fieldsets, field errors and the conflict
 * message, her answer afterwards; the counsellor's view on the meeting page and the count on the process card.
 */
@IntegrationTest
class MeetingFeedbackPagesTest {

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

    private long heldWithKaja(int daysAgo) {
        String startsAt = ZonedDateTime.now(OSLO).minusDays(daysAgo).withHour(9).withMinute(0).withSecond(0)
                .withNano(0).toOffsetDateTime().toString();
        ApiClient.Response created = fixtures.create(fixtures.kajasProcess(), object("type", "OPPFOLGINGSMOTE",
                "startsAt", startsAt, "channel", "NAV_OFFICE", "status", "HELD", "participants",
                List.of(object("role", "CANDIDATE"), object("role", "MENTOR"), object("role", "COUNSELLOR"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    @Test
    void theCandidateGivesFeedbackOnASmallFormAndSeesItAfterwards() {
        long meeting = heldWithKaja(2);
        String path = "/meetings/" + meeting + "/feedback";
        String my = page("kandidat", "/my").body();
        assertThat(my).contains("href=\"" + path + "\"").contains("Gi tilbakemelding");

        ApiClient.Response blank = page("kandidat", path);
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.body()).contains("Tilbakemelding på møtet").contains("<legend")
                .contains("Hvordan var møtet for deg?").contains("Ble du hørt?").contains("value=\"NOT_GOOD\"")
                .contains("Er det noe du vil si til veilederen?").contains("Send tilbakemeldingen")
                .doesNotContain("name=\"version\"");

        ApiClient.Response missing = form("kandidat", path, "comment=Hei");
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).contains("Du må rette disse feilene").contains("id=\"rating-error\"")
                .contains("id=\"heard-error\"").contains("Velg ett av svarene").contains("href=\"#rating\"")
                .contains(">Hei</textarea>");

        ApiClient.Response saved = form("kandidat", path, "rating=GOOD&heard=PARTLY&comment=Takk+for+praten");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).endsWith("/my#my-meetings");
        String after = page("kandidat", "/my").body();
        assertThat(after).contains("Din tilbakemelding").contains("Bra. Hørt: Delvis.").contains("Endre");

        ApiClient.Response change = page("kandidat", path);
        assertThat(change.body()).contains("Lagre endringen").contains("name=\"version\" value=\"0\"")
                .contains("Takk for praten");
        // a form opened before her first save (no version) would overwrite it: the conflict message instead
        ApiClient.Response stale = form("kandidat", path, "rating=NOT_GOOD&heard=NO");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("Tilbakemeldingen ble endret et annet sted");
        ApiClient.Response tooLong = form("kandidat", path, "version=0&rating=OK&heard=NO&comment=" + "x".repeat(1001));
        assertThat(tooLong.body()).contains("id=\"comment-error\"").contains("Teksten kan være høyst");
        assertThat(form("kandidat", path, "version=0&rating=OK&heard=NO&comment=").status()).isEqualTo(302);
        assertThat(http.get("kandidat", "/api/v1" + path).json().path("rating").asString()).isEqualTo("OK");

        // her meeting page shows her own answer
        assertThat(page("kandidat", "/meetings/" + meeting).body()).contains("Din tilbakemelding").contains("Greit");
    }

    @Test
    void theCounsellorSeesNewFeedbackAndTheMentorNothing() {
        long meeting = heldWithKaja(1);
        http.put("kandidat", "/api/v1/meetings/" + meeting + "/feedback", object("rating", "NOT_GOOD", "heard", "NO",
                "comment", "Jeg ble avbrutt hele tiden"), null);

        String card = page("veileder", "/processes/" + fixtures.kajasProcess()).body();
        assertThat(card).contains("meeting-feedback-new").containsPattern("\\d+ nye? tilbakemeldinge?r? fra kandidaten")
                .contains("href=\"/meetings/" + meeting + "#feedback\"");

        String first = page("veileder", "/meetings/" + meeting).body();
        assertThat(first).contains("Kandidatens tilbakemelding").contains("Jeg ble avbrutt hele tiden")
                .contains("Ikke bra").contains("meeting-feedback-new");
        String second = page("veileder", "/meetings/" + meeting).body();
        assertThat(second).contains("Jeg ble avbrutt hele tiden").doesNotContain("meeting-feedback-new");
        assertThat(page("veileder", "/processes/" + fixtures.kajasProcess()).body())
                .doesNotContain("href=\"/meetings/" + meeting + "#feedback\"");
        // the office reading it does not make her version stale
        assertThat(http.get("kandidat", "/api/v1/meetings/" + meeting + "/feedback").header("ETag"))
                .isEqualTo("\"0\"");

        for (String other : List.of("mentor", "arbeidsgiver", "veileder2")) {
            assertThat(page(other, "/meetings/" + meeting).body()).as(other)
                    .doesNotContain("Jeg ble avbrutt hele tiden").doesNotContain("Kandidatens tilbakemelding");
            assertThat(page(other, "/meetings/" + meeting + "/feedback").status()).as(other).isEqualTo(403);
        }
        // a held meeting without feedback says so
        assertThat(page("veileder", "/meetings/" + heldWithKaja(1)).body())
                .contains("Kandidaten har ikke gitt tilbakemelding");
    }

    @Test
    void closedMeetingsGetAPlainMessage() {
        long old = heldWithKaja(20);
        ApiClient.Response closed = page("kandidat", "/meetings/" + old + "/feedback");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.body()).contains("14 dager etter møtet");
        assertThat(page("kandidat", "/my").body()).doesNotContain("href=\"/meetings/" + old + "/feedback\"");
        String future = ZonedDateTime.now(OSLO).plusDays(2).toOffsetDateTime().withNano(0).toString();
        long planned = fixtures.meeting(fixtures.kajasProcess(), "TREKLOVERSAMTALE", future,
                List.of("CANDIDATE", "COUNSELLOR"), null);
        ApiClient.Response notHeld = form("kandidat", "/meetings/" + planned + "/feedback", "rating=OK&heard=YES");
        assertThat(notHeld.status()).isEqualTo(409);
        assertThat(notHeld.body()).contains("først når møtet er gjennomført");
    }
}
