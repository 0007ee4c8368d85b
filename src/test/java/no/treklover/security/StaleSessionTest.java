package no.treklover.security;

import static no.treklover.security.WebSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A session is a snapshot of the account at login. When the account is disabled or gets another role, office or
 * organisation, the next request of an existing session finds itself logged out; an unchanged account stays.
 */
@IntegrationTest
class StaleSessionTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    /** A fresh counsellor at 0315, logged in with the form; the demo users are shared with other tests. */
    private WebSession loggedIn(String username) {
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, office_id)
                        values (:username, :hash, 'Sesjon Testesen', 'COUNSELLOR', '0315')""")
                .param("username", username).param("hash", passwords.encode("demo")).update();
        WebSession browser = new WebSession(port);
        assertThat(location(browser.logIn(username, "demo"))).endsWith("/");
        assertThat(browser.get("/caseload").statusCode()).isEqualTo(200);
        return browser;
    }

    private static String newUsername() {
        return "sesjon-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void set(String username, String assignment) {
        jdbc.sql("update app_user set " + assignment + " where username = :username").param("username", username)
                .update();
    }

    @Test
    void anUnchangedAccountStaysLoggedIn() {
        String username = newUsername();
        WebSession browser = loggedIn(username);
        set(username, "display_name = 'Nytt Navn', email = 'ny@example.no'");

        assertThat(browser.get("/caseload").statusCode()).isEqualTo(200);
        assertThat(browser.get("/caseload").statusCode()).isEqualTo(200);
    }

    @Test
    void disablingTheAccountEndsItsSessionAtTheNextRequest() {
        String username = newUsername();
        WebSession browser = loggedIn(username);
        String session = browser.sessionId();
        set(username, "enabled = false");

        HttpResponse<String> next = browser.get("/caseload");

        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(location(next)).endsWith("/login?ended");
        assertThat(browser.get(location(next)).body())
                .contains("Du er logget ut fordi kontoen din er endret eller sperret. Logg inn på nytt.");
        set(username, "enabled = true");
        WebSession sameSession = new WebSession(port);
        sameSession.useSession(session);
        assertThat(location(sameSession.get("/caseload"))).as("the old session is gone for good").endsWith("/login");
    }

    @Test
    void aNewRoleEndsTheSession() {
        String username = newUsername();
        WebSession browser = loggedIn(username);
        set(username, "role = 'DECISION_MAKER'");

        assertThat(location(browser.get("/beslutter"))).endsWith("/login?ended");
    }

    @Test
    void aNewOfficeEndsTheSession() {
        String username = newUsername();
        WebSession browser = loggedIn(username);
        set(username, "office_id = '4614'");

        assertThat(location(browser.get("/caseload"))).endsWith("/login?ended");
    }

    @Test
    void theApiAnswers401ForAStaleSession() {
        String username = newUsername();
        WebSession browser = loggedIn(username);
        assertThat(browser.withHeader("Accept", "application/json").get("/api/v1/me").statusCode()).isEqualTo(200);
        set(username, "enabled = false");

        assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(401);
    }
}
