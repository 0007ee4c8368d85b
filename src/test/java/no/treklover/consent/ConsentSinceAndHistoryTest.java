package no.treklover.consent;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.treklover.support.ApiClient;
import no.treklover.support.ApiClient.Response;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * "Since when" on the shared profile is each viewer's own: the mentor sees when the item was shared with the mentor,
 * the employer when with the employer. Consent changes made while the candidate has no process reach no timeline,
 * but stay in the consent history on the candidate's page, in the counsellor's grid and in the export.
 */
@IntegrationTest
class ConsentSinceAndHistoryTest {

    private static final AtomicInteger USERS = new AtomicInteger();
    private static final Instant TO_MENTOR = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant TO_EMPLOYER = Instant.parse("2026-03-10T13:30:00Z");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    ApiClient http;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
    }

    private long newCandidate() {
        return http.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Samtykke", "lastName", "Historikk")).id();
    }

    private String loginFor(long candidateId) {
        String username = "samtykkekandidat" + USERS.incrementAndGet() + "x" + candidateId;
        jdbc.sql("insert into app_user (username, password_hash, display_name, role, candidate_id) "
                + "values (:u, :h, 'Samtykke Historikk', 'CANDIDATE', :c)")
                .param("u", username).param("h", passwords.encode("demo")).param("c", candidateId).update();
        return username;
    }

    private Response decide(String candidateUser, Map<String, Object>... choices) {
        return http.put(candidateUser, "/api/v1/me/consents", object("choices", List.of(choices)), null);
    }

    private static Map<String, Object> choice(String item, String audience, boolean granted) {
        return object("item", item, "audience", audience, "granted", granted);
    }

    private void grantedAt(long candidateId, String audience, Instant at) {
        assertThat(jdbc.sql("update consent set granted_at = :at where candidate_id = :c and audience = :a "
                + "and withdrawn_at is null").param("at", java.sql.Timestamp.from(at)).param("c", candidateId)
                .param("a", audience).update()).isEqualTo(1);
    }

    @Test
    void eachPartnerSeesSinceWhenTheItemIsSharedWithTheirOwnSide() {
        long candidate = newCandidate();
        String user = loginFor(candidate);
        long process = http.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
        jdbc.sql("""
                        update inclusion_process
                        set mentor_user_id = (select id from app_user where username = 'mentor'),
                            employer_id = (select employer_id from app_user where username = 'arbeidsgiver')
                        where id = :id""").param("id", process).update();
        long agreement = http.post("veileder", "/api/v1/processes/" + process + "/agreements", object()).id();
        assertThat(http.post("mentor", "/api/v1/agreements/" + agreement + "/confidentiality", object()).status())
                .isEqualTo(200);

        assertThat(decide(user, choice("STRENGTHS", "MENTOR", true), choice("STRENGTHS", "EMPLOYER", true))
                .status()).isEqualTo(200);
        grantedAt(candidate, "MENTOR", TO_MENTOR);
        grantedAt(candidate, "EMPLOYER", TO_EMPLOYER);
        String path = "/api/v1/processes/" + process + "/shared-profile";

        JsonNode mentors = http.get("mentor", path).json().path("items").get(0);
        assertThat(mentors.path("item").asString()).isEqualTo("STRENGTHS");
        assertThat(Instant.parse(mentors.path("sharedSince").asString())).isEqualTo(TO_MENTOR);
        JsonNode employers = http.get("arbeidsgiver", path).json().path("items").get(0);
        assertThat(Instant.parse(employers.path("sharedSince").asString())).isEqualTo(TO_EMPLOYER);

        // The counsellor sees each side with its own date; "since" alone is the first time it was shared.
        JsonNode counsellors = http.get("veileder", path).json().path("items");
        JsonNode strengths = null;
        for (JsonNode item : counsellors) {
            if (item.path("item").asString().equals("STRENGTHS")) {
                strengths = item;
            }
        }
        assertThat(strengths).isNotNull();
        assertThat(Instant.parse(strengths.path("sharedSince").asString())).isEqualTo(TO_MENTOR);
        List<String> grants = new ArrayList<>();
        strengths.path("grants").forEach(g -> grants.add(g.path("audience").asString() + "@"
                + Instant.parse(g.path("since").asString())));
        assertThat(grants).containsExactly("MENTOR@" + TO_MENTOR, "EMPLOYER@" + TO_EMPLOYER);

        // On the page: the employer's own date first, and each side with its date (Oslo time).
        Response page = http.send("arbeidsgiver", "GET", "/processes/" + process + "/shared", null, null,
                Map.of("Accept", "text/html"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Delt siden 10.03.2026").doesNotContain("Delt siden 05.01.2026")
                .contains("Mentor (delt siden 05.01.2026)").contains("Arbeidsgiver (delt siden 10.03.2026)");
        assertThat(http.send("mentor", "GET", "/processes/" + process + "/shared", null, null,
                Map.of("Accept", "text/html")).body()).contains("Delt siden 05.01.2026");
    }

    @Test
    void changesWithoutAProcessStayInTheHistoryTheGridAndTheExport() {
        long candidate = newCandidate();
        String user = loginFor(candidate);
        assertThat(jdbc.sql("select count(*) from inclusion_process where candidate_id = :c").param("c", candidate)
                .query(Long.class).single()).isZero();

        assertThat(decide(user, choice("ADAPTATION_NEEDS", "MENTOR", true), choice("EDUCATION", "EMPLOYER", true))
                .status()).isEqualTo(200);
        assertThat(decide(user, choice("ADAPTATION_NEEDS", "MENTOR", false)).status()).isEqualTo(200);

        // No process, so no timeline entry anywhere: the consent table is the record.
        assertThat(jdbc.sql("select count(*) from process_event e join inclusion_process p on p.id = e.process_id "
                + "where p.candidate_id = :c").param("c", candidate).query(Long.class).single()).isZero();

        Response page = http.send(user, "GET", "/my/consent", null, null, Map.of("Accept", "text/html"));
        assertThat(page.status()).isEqualTo(200);
        String history = page.body().substring(page.body().indexOf("id=\"consent-history\""));
        assertThat(history).contains("Behov for tilrettelegging").contains("Utdanning")
                .contains("Deles fortsatt");
        assertThat(history.split("<tr class=\"aksel-table__row\">", -1)).hasSize(1 + 1 + 2);
        assertThat(history).containsPattern("Behov for tilrettelegging</td>\\s*<td[^>]*>Mentor</td>\\s*"
                + "<td[^>]*>\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d</td>\\s*<td[^>]*>\\d\\d\\.\\d\\d\\.\\d{4}");

        JsonNode export = http.get(user, "/api/v1/me/export").json().path("consents");
        assertThat(export.size()).isEqualTo(2);
        List<String> rows = new ArrayList<>();
        export.forEach(row -> rows.add(row.toString()));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("ADAPTATION_NEEDS").contains("MENTOR")
                .contains("withdrawnAt"));
        export.forEach(row -> {
            if (row.toString().contains("ADAPTATION_NEEDS")) {
                assertThat(row.path("withdrawnAt").isNull() || row.path("withdrawnAt").isMissingNode()).isFalse();
            } else {
                assertThat(row.path("withdrawnAt").isNull() || row.path("withdrawnAt").isMissingNode()).isTrue();
            }
        });
        JsonNode counsellorsExport = http.get("veileder", "/api/v1/candidates/" + candidate + "/export").json();
        assertThat(counsellorsExport.path("consents").size()).isEqualTo(2);

        // A process started later does not lose the history, and the counsellor's grid shows what stands.
        http.post("veileder", "/api/v1/processes", object("candidateId", candidate));
        assertThat(http.send(user, "GET", "/my/consent", null, null, Map.of("Accept", "text/html")).body())
                .contains("Behov for tilrettelegging</td>");
        JsonNode grid = http.get("veileder", "/api/v1/candidates/" + candidate + "/consents").json();
        List<String> standing = new ArrayList<>();
        grid.forEach(cell -> {
            if (cell.path("granted").asBoolean()) {
                standing.add(cell.path("item").asString() + ":" + cell.path("audience").asString());
            }
        });
        assertThat(standing).containsExactly("EDUCATION:EMPLOYER");
    }
}
