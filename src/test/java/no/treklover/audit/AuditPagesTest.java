package no.treklover.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The audit pages' answers for the cases the browser test does not walk through. */
@IntegrationTest
class AuditPagesTest {

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
        AuditTestUsers.ensureOfficer(jdbc, passwords);
    }

    @Test
    void onlyThePrivacyOfficerSeesTheAuditPages() {
        assertThat(page(AuditTestUsers.OFFICER, "/audit").status()).isEqualTo(200);
        for (String user : new String[] {"veileder", "kandidat", "kontorleder"}) {
            ApiClient.Response refused = page(user, "/audit");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.body()).contains("Du har ikke tilgang");
            assertThat(post(user, "/audit", "actorUsername=veileder").status()).as(user).isEqualTo(403);
            assertThat(page(user, "/audit/verification").status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void theSearchFormShowsNorwegianErrorsOnTheFields() {
        ApiClient.Response invalid = post(AuditTestUsers.OFFICER, "/audit",
                "nationalId=12345678901&occurredFrom=2025-03-02&occurredTo=2025-03-01");

        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body())
                .contains("Du må rette disse feilene")
                .contains("id=\"nationalId-error\"")
                .contains("Fødselsnummeret eller D-nummeret er ikke gyldig.")
                .contains("id=\"occurredTo-error\"")
                .contains("Til-datoen kan ikke være før fra-datoen.")
                .doesNotContain("id=\"audit-results\"");
    }

    @Test
    void aSearchPostsTheNationalIdAndPagesByPost() {
        long kandidat = AuditTestUsers.candidateIdOf(jdbc, "kandidat");
        String nationalId = AuditTestUsers.nationalIdOf(jdbc, kandidat);
        for (int i = 0; i < 3; i++) {
            http.get("veileder", "/api/v1/candidates/" + kandidat);
        }

        ApiClient.Response found = post(AuditTestUsers.OFFICER, "/audit", "nationalId=" + nationalId);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("id=\"audit-results\"").contains("veileder (Vera Veileder, veileder)")
                .contains("<th scope=\"col\"");
        assertThat(found.body().replace("value=\"" + nationalId + "\"", ""))
                .as("the national id is only echoed in its form field").doesNotContain(nationalId);
    }

    @Test
    void theVerificationPageSaysTheLogIsIntact() {
        ApiClient.Response verification = page(AuditTestUsers.OFFICER, "/audit/verification");

        assertThat(verification.status()).isEqualTo(200);
        assertThat(verification.body()).contains("Loggen er ikke endret").contains("oppføringer er kontrollert");
    }

    @Test
    void aCandidateNobodyHasLookedAtSeesAnEmptyState() {
        AuditTestUsers.Candidate fresh = AuditTestUsers.freshCandidate(jdbc, passwords);

        ApiClient.Response empty = page(fresh.username(), "/my/access-log");

        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("Hvem har sett opplysningene mine")
                .contains("Ingen har sett opplysningene dine ennå");
        assertThat(page("veileder", "/my/access-log").status()).isEqualTo(403);
    }

    @Test
    void aCandidateSeesWhoLookedInPlainNorwegian() {
        AuditTestUsers.Candidate candidate = AuditTestUsers.freshCandidate(jdbc, passwords);
        http.get("veileder", "/api/v1/candidates/" + candidate.candidateId());
        http.get("veileder2", "/api/v1/candidates/" + candidate.candidateId());

        String body = page(candidate.username(), "/my/access-log").body();

        assertThat(body).contains("Vera Veileder (veileder)").contains("Så opplysningene om deg")
                .contains("Vidar Veileder (veileder)").contains("Prøvde å se opplysningene om deg")
                .contains("Nei, ble stoppet").contains("2 ganger");
    }

    private ApiClient.Response page(String user, String path) {
        return http.send(user, "GET", path, null, null, Map.of("Accept", "text/html"));
    }

    private ApiClient.Response post(String user, String path, String form) {
        return http.send(user, "POST", path, form, "application/x-www-form-urlencoded",
                Map.of("Accept", "text/html"));
    }

}
