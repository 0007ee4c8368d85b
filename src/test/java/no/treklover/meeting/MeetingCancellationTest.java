package no.treklover.meeting;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Cancelling a meeting tells its participants why: each participant with an account who may see the meeting gets a
 * notification with the reason (and so the e-mail), the one who cancels and those who may not see it do not; the
 * reason is stored, shown and in the calendar's cancellation. The form asks first and keeps the reason on an error.
 */
@IntegrationTest
class MeetingCancellationTest {

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

    @Test
    void theParticipantsWhoMaySeeTheMeetingGetTheReason() {
        long process = fixtures.partnerProcess(LocalDate.now().minusWeeks(2));
        String candidate = "avlys-" + process;
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, candidate_id)
                        select :u, :h, 'Møte Møtesen', 'CANDIDATE', candidate_id from inclusion_process where id = :p""")
                .param("u", candidate).param("h", passwords.encode("demo")).param("p", process).update();
        // the mentor has not signed the confidentiality declaration: she may not see the meeting, so is not told
        long meeting = fixtures.meeting(process, "TREKLOVERSAMTALE", "2027-04-06T09:00:00+02:00",
                List.of("COUNSELLOR", "CANDIDATE", "MENTOR"), null);

        ApiClient.Response cancelled = http.put("veileder", "/api/v1/meetings/" + meeting + "/cancellation",
                object("reason", "Kandidaten er syk."), "\"0\"");
        assertThat(cancelled.status()).isEqualTo(200);

        assertThat(notices(meeting)).containsExactly(Map.of("username", candidate, "arguments",
                "Trekløversamtale|06.04.2027 kl. 09:00|Kandidaten er syk."));
        assertThat(http.get(candidate, "/api/v1/me/notifications").body())
                .contains("Trekløversamtale 06.04.2027 kl. 09:00 er avlyst. Begrunnelse: Kandidaten er syk.");
        assertThat(jdbc.sql("select cancel_reason from meeting where id = ?").param(meeting).query(String.class)
                .single()).isEqualTo("Kandidaten er syk.");
    }

    @Test
    void theConfirmationPageAsksAndAnEmptyReasonKeepsTheMeetingAndTheForm() {
        long process = fixtures.newProcess();
        long meeting = fixtures.meeting(process, "OPPFOLGINGSMOTE", "2027-04-07T09:00:00+02:00",
                List.of("COUNSELLOR"), null);
        ApiClient.Response confirm = html("/meetings/" + meeting + "/cancel");
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body()).contains("Avlyse møtet?").contains("Ingen av deltakerne har bruker i Trekløver")
                .contains("name=\"reason\"");
        assertThat(status(meeting)).isEqualTo("PLANNED");

        ApiClient.Response refused = form("/meetings/" + meeting + "/cancel", "version=0&reason=+++");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Skriv hvorfor møtet avlyses.");
        assertThat(status(meeting)).isEqualTo("PLANNED");

        ApiClient.Response done = form("/meetings/" + meeting + "/cancel", "version=0&reason=Flyttet+til+mai");
        assertThat(done.status()).isEqualTo(302);
        assertThat(status(meeting)).isEqualTo("CANCELLED");
        assertThat(html("/meetings/" + meeting).body()).contains("Begrunnelse: Flyttet til mai");
        assertThat(html("/meetings/" + meeting + "/cancel").body()).as("cancelled is cancelled")
                .contains("Bare planlagte møter kan avlyses.").doesNotContain("name=\"reason\"");
        assertThat(form("/meetings/" + meeting + "/cancel", "version=1&reason=Igjen").body())
                .contains("Møtet er avlyst og kan ikke endres.");
    }

    private List<Map<String, Object>> notices(long meeting) {
        return jdbc.sql("""
                        select u.username, array_to_string(n.arguments, '|') as arguments
                          from notification n join app_user u on u.id = n.recipient_id
                         where n.message_key = 'meeting.notification.cancelled' and n.link = :link""")
                .param("link", "/meetings/" + meeting).query().listOfRows();
    }

    private String status(long meeting) {
        return jdbc.sql("select status from meeting where id = ?").param(meeting).query(String.class).single();
    }

    private ApiClient.Response html(String path) {
        return http.send("veileder", "GET", path, null, null, Map.of("Accept", "text/html"));
    }

    private ApiClient.Response form(String path, String body) {
        return http.send("veileder", "POST", path, body, "application/x-www-form-urlencoded",
                Map.of("Accept", "text/html"));
    }
}
