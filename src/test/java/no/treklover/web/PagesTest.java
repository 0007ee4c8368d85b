package no.treklover.web;

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

/** The HTML screens' answers to the cases a browser journey does not walk through. */
@IntegrationTest
class PagesTest {

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

    private ApiClient.Response page(String user, String path) {
        return http.send(user, "GET", path, null, null, Map.of("Accept", "text/html"));
    }

    @Test
    void aNewCounsellorSeesAnEmptyStateThatLeadsToTheFirstProcess() {
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, office_id)
                        values ('ny-veileder', :hash, 'Nina Ny', 'COUNSELLOR', '0315')
                        on conflict (username) do nothing""")
                .param("hash", passwords.encode("demo"))
                .update();

        ApiClient.Response caseload = page("ny-veileder", "/caseload");

        assertThat(caseload.status()).isEqualTo(200);
        assertThat(caseload.body()).contains("Du har ingen forløp ennå").contains("href=\"/processes/new\"");
        assertThat(page("ny-veileder", "/caseload?search=ingen-treff").body())
                .contains("Ingen forløp passer med filteret");
    }

    @Test
    void theCaseloadRefusesToSearchForANationalId() {
        ApiClient.Response caseload = page("veileder", "/caseload?search=010190+12345");

        assertThat(caseload.status()).isEqualTo(200);
        assertThat(caseload.body()).contains("Fødselsnummer skal ikke brukes i søket")
                .doesNotContain("value=\"010190 12345\"");
    }

    @Test
    void anotherOfficesProcessIsForbiddenAndAnUnknownOneNotFound() {
        long processOfOffice0315 = jdbc.sql("select min(id) from inclusion_process where office_id = '0315'")
                .query(Long.class).single();

        ApiClient.Response forbidden = page("veileder2", "/processes/" + processOfOffice0315);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Du har ikke tilgang");
        assertThat(page("veileder", "/processes/99999999").status()).isEqualTo(404);
        assertThat(page("veileder", "/processes/abc").status()).isEqualTo(404);
        assertThat(page("veileder", "/no-such-page").status()).isEqualTo(404);
        assertThat(page("veileder", "/processes/" + processOfOffice0315).status()).isEqualTo(200);
    }

    @Test
    void eachRoleLandsOnItsOwnStartPage() {
        assertThat(page("veileder", "/").header("Location")).endsWith("/caseload");
        assertThat(page("kandidat", "/").header("Location")).endsWith("/my");
        assertThat(page("beslutter", "/").header("Location")).endsWith("/beslutter");
        assertThat(page("markedskontakt", "/").header("Location")).endsWith("/market");
        assertThat(page("kontorleder", "/").header("Location")).endsWith("/statistics");
        assertThat(page("kandidat", "/caseload").status()).isEqualTo(403);
    }

    @Test
    void pagesSendSecurityHeaders() {
        ApiClient.Response login = page(null, "/login");

        assertThat(login.header("Content-Security-Policy")).contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
