package no.treklover.audit;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10: the candidate's innsyn groups the log by day and person in plain Norwegian, with a filter, instead of
 * hundreds of identical lines.
 */
@IntegrationTest
class AccessLogGroupsTest {

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

    @Test
    void theInnsynIsOneLinePerDayPersonAndKindWithAFilter() {
        AuditTestUsers.Candidate candidate = AuditTestUsers.freshCandidate(jdbc, passwords);
        for (int i = 0; i < 3; i++) {
            assertThat(http.get("veileder", "/api/v1/candidates/" + candidate.candidateId()).status()).isEqualTo(200);
        }
        assertThat(http.get("veileder2", "/api/v1/candidates/" + candidate.candidateId()).status()).isEqualTo(403);
        ApiClient.Response started = http.post("veileder", "/api/v1/processes",
                object("candidateId", candidate.candidateId()));
        assertThat(started.status()).isEqualTo(201);
        assertThat(http.send("veileder", "GET", "/processes/" + started.id(), null, null,
                Map.of("Accept", "text/html")).status()).isEqualTo(200);

        JsonNode summary = http.get(candidate.username(), "/api/v1/me/access-log/summary").json();
        List<String> lines = new ArrayList<>();
        summary.path("groups").path("items").forEach(g -> lines.add(g.path("actorName").asString() + " "
                + g.path("action").asString() + " " + g.path("allowed").asBoolean()));
        assertThat(lines).containsExactlyInAnyOrder("Vera Veileder READ true", "Vera Veileder WRITE true",
                "Vidar Veileder READ false");
        JsonNode veraRead = find(summary, "Vera Veileder", "READ");
        // three API reads and one page view (and the process's own answer when it was started)
        long veraReads = veraRead.path("times").asLong();
        assertThat(veraReads).isBetween(4L, 5L);
        assertThat(find(summary, "Vidar Veileder", "READ").path("times").asLong()).isEqualTo(1);
        assertThat(find(summary, "Vera Veileder", "WRITE").path("times").asLong()).isEqualTo(1);
        List<String> resources = new ArrayList<>();
        veraRead.path("resources").forEach(r -> resources.add(r.asString()));
        assertThat(resources).startsWith("candidate").contains("process").doesNotHaveDuplicates();
        assertThat(veraRead.path("actorOffice").asString()).startsWith("NAV ");
        long total = veraReads + 2;
        assertThat(summary.path("totalTimes").asLong()).isEqualTo(total);
        assertThat(http.get(candidate.username(), "/api/v1/me/access-log").json().path("totalItems").asLong())
                .as("the entries one by one are still there").isGreaterThan(3);

        String page = page(candidate.username(), "/my/access-log");
        assertThat(page).contains("Vera Veileder (veileder), NAV ")
                .containsPattern("Så opplysningene om deg(, | og )forløpet ditt").contains("Endret forløpet ditt, 1 gang")
                .contains("Prøvde å se opplysningene om deg, 1 gang")
                .contains("Til sammen " + total + " ganger")
                .contains("<label class=\"aksel-label\" for=\"actor\"")
                .contains("<label class=\"aksel-label\" for=\"from\"")
                .doesNotContain("READ_CASE").doesNotContain(">process<");

        long vera = jdbc.sql("select id from app_user where username = 'veileder'").query(Long.class).single();
        String onlyVera = page(candidate.username(), "/my/access-log?actor=" + vera + "&action=READ");
        assertThat(onlyVera).contains("Så opplysningene om deg").doesNotContain("Prøvde å se")
                .doesNotContain("Endret forløpet ditt");
        assertThat(page(candidate.username(), "/my/access-log?from=2001-01-01&to=2001-01-31"))
                .contains("Ingen treff").doesNotContain("Ingen har sett opplysningene dine ennå");
        assertThat(page(candidate.username(), "/my/access-log?from=not-a-date&page=x")).contains("Til sammen " + total + " ganger");
        assertThat(http.get(candidate.username(), "/api/v1/me/access-log/summary?action=WRITE").json()
                .path("groups").path("items")).hasSize(1);
        assertThat(http.get("veileder", "/api/v1/me/access-log/summary").status()).isEqualTo(403);
    }

    private static JsonNode find(JsonNode summary, String actor, String action) {
        for (JsonNode g : summary.path("groups").path("items")) {
            if (g.path("actorName").asString().equals(actor) && g.path("action").asString().equals(action)) {
                return g;
            }
        }
        throw new AssertionError(actor + " " + action);
    }

    private String page(String user, String path) {
        ApiClient.Response page = http.send(user, "GET", path, null, null, Map.of("Accept", "text/html"));
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.body();
    }
}
