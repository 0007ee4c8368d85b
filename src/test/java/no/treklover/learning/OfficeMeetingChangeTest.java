package no.treklover.learning;

import static org.assertj.core.api.Assertions.assertThat;

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
 * An office meeting is changed and cancelled through its pages without script: a stale version is a conflict that
 * keeps what was typed, the participants (not the office leader) are told of a change and of a cancellation with its
 * reason, and its calendar file is an invitation that becomes a cancellation (METHOD:CANCEL) with a new SEQUENCE.
 */
@IntegrationTest
class OfficeMeetingChangeTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient http;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class)
                .single();
    }

    private long notifications(String username, String key, long meeting) {
        return jdbc.sql("select count(*) from notification where recipient_id = :u and message_key = :k "
                + "and link = :l").param("u", userId(username)).param("k", key)
                .param("l", "/learning/meetings/" + meeting).query(Long.class).single();
    }

    private ApiClient.Response form(String user, String path, String body) {
        return http.send(user, "POST", path, body, FORM, Map.of());
    }

    private long version(long id) {
        return jdbc.sql("select version from office_meeting where id = :id").param("id", id).query(Long.class)
                .single();
    }

    /** The meeting's row in the office's list of upcoming meetings, on whichever page it is. */
    private String listRow(long id) {
        List<Long> upcoming = OfficeMeetingPages.ids(OfficeMeetingPages.all(http, "veileder", "UPCOMING"));
        assertThat(upcoming).contains(id);
        String list = http.get("veileder", "/learning?upcoming="
                + upcoming.indexOf(id) / LearningPageController.MEETINGS_PER_PAGE).body();
        int link = list.indexOf("href=\"/learning/meetings/" + id + "\"");
        assertThat(link).as("the meeting on its page of the list").isPositive();
        return list.substring(link, list.indexOf("</tr>", link));
    }

    private long planned() {
        ApiClient.Response created = form("kontorleder", "/learning/meetings", "type=MARKET_MEETING&title=Markedsmøte"
                + "&startsAt=2027-03-04T09:00&durationMinutes=60&place=Rom+2&agenda=Status&participantIds="
                + userId("veileder"));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return Long.parseLong(created.header("Location").replaceAll(".*/learning/meetings/(\\d+).*", "$1"));
    }

    @Test
    void aChangeIsANewVersionOfTheInvitationAndAStaleOneKeepsWhatWasTyped() {
        long id = planned();
        String ics = http.get("veileder", "/learning/meetings/" + id + "/invitation.ics").body().replace("\r\n ", "");
        assertThat(ics).contains("SEQUENCE:0", "SUMMARY:Markedsmøte", "DTSTART;TZID=Europe/Oslo:20270304T090000",
                "STATUS:CONFIRMED");
        assertThat(http.get("kontorleder", "/learning/meetings/" + id + "/edit").body())
                .contains("Endre kontormøtet", "value=\"Markedsmøte\"");
        assertThat(http.get("veileder", "/learning/meetings/" + id + "/edit").status()).isEqualTo(403);

        String colleague = "omk-" + System.nanoTime();
        jdbc.sql("""
                insert into app_user (username, password_hash, display_name, role, office_id)
                select :u, password_hash, 'Kari Kollega', 'COUNSELLOR', office_id from app_user where username = 'veileder'""")
                .param("u", colleague).update();
        long before = version(id);
        String changed = "type=MARKET_MEETING&title=Markedsmøte+flyttet&startsAt=2027-03-05T10:00&durationMinutes=45"
                + "&place=Rom+3&participantIds=" + userId("veileder") + "&participantIds=" + userId(colleague);
        ApiClient.Response saved = form("kontorleder", "/learning/meetings/" + id + "/edit",
                changed + "&version=" + before);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(notifications("veileder", "learning.notification.meetingChanged", id)).isEqualTo(1);
        assertThat(notifications("kontorleder", "learning.notification.meetingChanged", id))
                .as("she changed it herself").isZero();
        assertThat(http.get(colleague, "/learning/meetings/" + id).body()).contains("Markedsmøte flyttet")
                .contains("Kari Kollega");
        assertThat(http.get("veileder", "/learning/meetings/" + id + "/invitation.ics").body()
                .replace("\r\n ", "")).contains("SEQUENCE:1", "DTSTART;TZID=Europe/Oslo:20270305T100000");
        assertThat(jdbc.sql("select count(*) from office_meeting_agenda_item where meeting_id = :id")
                .param("id", id).query(Long.class).single()).as("the agenda stays").isEqualTo(1);

        ApiClient.Response stale = form("kontorleder", "/learning/meetings/" + id + "/edit",
                changed.replace("flyttet", "igjen") + "&version=" + before);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Markedsmøte igjen").contains("Last inn siden på nytt");
        ApiClient.Response bad = form("kontorleder", "/learning/meetings/" + id + "/edit",
                changed.replace("durationMinutes=45", "durationMinutes=2") + "&version=" + version(id));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("id=\"durationMinutes-error\"");
    }

    @Test
    void aCancellationTellsTheParticipantsWhyAndCancelsTheCalendarEntry() {
        long id = planned();
        String ask = http.get("kontorleder", "/learning/meetings/" + id + "/cancel").body();
        assertThat(ask).contains("Avlyse møtet?", "Én deltaker får et varsel", "METHOD:CANCEL");
        assertThat(http.get("veileder", "/learning/meetings/" + id + "/cancel").status()).isEqualTo(403);
        ApiClient.Response tooLong = form("kontorleder", "/learning/meetings/" + id + "/cancel",
                "version=" + version(id) + "&reason=" + "x".repeat(501));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("høyst 500 tegn", "x".repeat(501));
        ApiClient.Response stale = form("kontorleder", "/learning/meetings/" + id + "/cancel",
                "version=" + (version(id) + 3) + "&reason=Sykdom");
        assertThat(stale.status()).isEqualTo(409);

        ApiClient.Response done = form("kontorleder", "/learning/meetings/" + id + "/cancel",
                "version=" + version(id) + "&reason=Sykdom");
        assertThat(done.status()).isEqualTo(302);
        List<String> told = jdbc.sql("select arguments[3] from notification where message_key = :k and link = :l")
                .param("k", "learning.notification.meetingCancelled").param("l", "/learning/meetings/" + id)
                .query(String.class).list();
        assertThat(told).as("the participant, with the reason; not the office leader").containsExactly("Sykdom");
        assertThat(http.get("veileder", "/learning/meetings/" + id).body())
                .contains("Møtet er avlyst. Begrunnelse: Sykdom").doesNotContain("/cancel\"");
        assertThat(listRow(id)).contains("Avlyst");
        String ics = http.get("veileder", "/learning/meetings/" + id + "/invitation.ics").body();
        assertThat(ics).contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:1",
                "UID:office-meeting-" + id + "@treklover.nav.no");
        ApiClient.Response again = form("kontorleder", "/learning/meetings/" + id + "/cancel",
                "version=" + version(id));
        assertThat(again.status()).isEqualTo(409);
        assertThat(form("kontorleder", "/learning/meetings/" + id + "/edit", "type=MARKET_MEETING&title=X"
                + "&startsAt=2027-03-05T10:00&durationMinutes=45&version=" + version(id)).status()).isEqualTo(409);
    }
}
