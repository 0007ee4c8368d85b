package no.treklover.security;

import static no.treklover.security.WebSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Cross-site request forgery and session fixation, for browser sessions with the login form. */
@IntegrationTest
class CsrfAndSessionTest {

    @LocalServerPort
    int port;

    @Test
    void theSessionIdChangesAtLoginAndTheOldOneIsWorthNothing() {
        WebSession browser = new WebSession(port);
        browser.get("/login");
        String beforeLogin = browser.sessionId();
        assertThat(beforeLogin).isNotNull();

        HttpResponse<String> login = browser.logIn("veileder", "demo");

        assertThat(location(login)).endsWith("/");
        assertThat(browser.sessionId()).isNotEqualTo(beforeLogin);
        assertThat(browser.get("/caseload").statusCode()).isEqualTo(200);
        WebSession attacker = new WebSession(port);
        attacker.useSession(beforeLogin);
        assertThat(location(attacker.get("/caseload"))).endsWith("/login");
    }

    @Test
    void formPostsWithoutTheCsrfTokenAreRefused() {
        WebSession browser = new WebSession(port);
        HttpResponse<String> noTokenLogin = browser.postForm("/login", Map.of("username", "veileder",
                "password", "demo"));
        assertThat(noTokenLogin.statusCode()).isEqualTo(403);

        browser.logIn("veileder", "demo");
        HttpResponse<String> caseload = browser.get("/caseload");
        assertThat(browser.postForm("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.withHeader("Authorization", "Bearer stray").postForm("/logout", Map.of()).statusCode())
                .as("an Authorization header the run does not accept does not switch CSRF off").isEqualTo(403);
        assertThat(browser.postForm("/processes/new", Map.of("nationalId", "x")).statusCode()).isEqualTo(403);
        assertThat(browser.get("/caseload").statusCode()).as("still logged in").isEqualTo(200);

        HttpResponse<String> logout = new WebSession(port).postForm("/logout",
                Map.of("_csrf", WebSession.csrfToken(caseload)));
        assertThat(logout.statusCode()).as("token without its session").isEqualTo(403);
    }
}
