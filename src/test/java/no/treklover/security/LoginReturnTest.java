package no.treklover.security;

import static no.treklover.security.WebSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A link in a notification e-mail leads through the login to the page it names: with the form, also after one failed
 * attempt and when the session had ended as stale; never to another site, whatever {@code next} says.
 */
@IntegrationTest
class LoginReturnTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    private String newCounsellor() {
        String username = "retur-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, office_id)
                        values (:u, :h, 'Retur Testesen', 'COUNSELLOR', '0315')""")
                .param("u", username).param("h", passwords.encode("demo")).update();
        return username;
    }

    @Test
    void theLinkFromTheEmailLeadsThroughTheLoginToItsPage() {
        String username = newCounsellor();
        WebSession browser = new WebSession(port);
        HttpResponse<String> asked = browser.get("/notifications?page=0");
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(location(asked)).endsWith("/login");

        HttpResponse<String> loggedIn = browser.logIn(username, "demo");
        assertThat(location(loggedIn)).endsWith("/notifications?page=0").doesNotContain("continue");
        assertThat(browser.get(location(loggedIn)).statusCode()).isEqualTo(200);
        // once used, the next login goes to the start page again
        WebSession again = new WebSession(port);
        assertThat(location(again.logIn(username, "demo"))).endsWith("/").doesNotContain("notifications");
    }

    @Test
    void oneFailedAttemptDoesNotLoseThePageAskedFor() {
        String username = newCounsellor();
        WebSession browser = new WebSession(port);
        browser.get("/meetings/calendar");
        assertThat(location(browser.logIn(username, "feil"))).endsWith("/login?error");
        assertThat(location(browser.logIn(username, "demo"))).endsWith("/meetings/calendar");
    }

    @Test
    void theLoginPagesNextIsHonouredForAPageOfTheApp() {
        String username = newCounsellor();
        WebSession browser = new WebSession(port);
        assertThat(browser.get("/login?next=" + URLEncoder.encode("/meetings/calendar?x=1", StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(200);
        assertThat(location(browser.logIn(username, "feil"))).endsWith("/login?error");
        assertThat(location(browser.logIn(username, "demo"))).endsWith("/meetings/calendar?x=1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "https://evil.example", "/\\evil.example", "https:evil.example",
            "//evil.example/%2e%2e", "/api/v1/me"})
    void aHostileNextNeverLeavesTheApp(String hostile) {
        String username = newCounsellor();
        WebSession browser = new WebSession(port);
        browser.get("/login?next=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
        HttpResponse<String> loggedIn = browser.logIn(username, "demo");
        assertThat(location(loggedIn)).isIn("/", "http://localhost:" + port + "/").doesNotContain("evil");
    }

    @Test
    void aStaleSessionSendsThroughTheLoginBackToThePage() {
        String username = newCounsellor();
        WebSession browser = new WebSession(port);
        assertThat(location(browser.logIn(username, "demo"))).endsWith("/");
        jdbc.sql("update app_user set enabled = false where username = :u").param("u", username).update();
        assertThat(location(browser.get("/meetings/calendar"))).endsWith("/login?ended");
        jdbc.sql("update app_user set enabled = true where username = :u").param("u", username).update();
        assertThat(location(browser.logIn(username, "demo"))).endsWith("/meetings/calendar");
    }

    @Test
    void anHtmxFragmentIsNoPageToReturnTo() {
        String username = newCounsellor();
        WebSession browser = new WebSession(port).withHeader("HX-Request", "true");
        browser.get("/caseload?search=a");
        assertThat(location(browser.logIn(username, "demo"))).endsWith("/").doesNotContain("caseload");
    }
}
