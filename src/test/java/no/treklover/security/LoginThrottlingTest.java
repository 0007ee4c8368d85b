package no.treklover.security;

import static no.treklover.security.WebSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.treklover.access.throttling.LoginThrottle;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Five failed password logins within 15 minutes lock the username for 15 minutes, counted in the database. Each
 * test acts from its own client address (X-Forwarded-For, trusted from localhost) so no test locks another out.
 */
@IntegrationTest
class LoginThrottlingTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String LOCKED_MESSAGE = "For mange mislykkede forsøk. Prøv igjen om 15 minutter.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    LoginThrottle throttle;

    private String newUser() {
        String username = "sperretest-" + NEXT.incrementAndGet() + "-" + System.nanoTime();
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, office_id)
                        values (:username, :hash, 'Sperre Test', 'COUNSELLOR', '0315')""")
                .param("username", username).param("hash", passwords.encode("riktig")).update();
        return username;
    }

    private static String newAddress() {
        return "198.51.100." + (1 + NEXT.incrementAndGet() % 250);
    }

    private WebSession browserAt(String address) {
        return new WebSession(port).withHeader("X-Forwarded-For", address);
    }

    @Test
    void theFifthFailureLocksTheLoginFormAndTheRightPasswordWaits() {
        String username = newUser();
        WebSession browser = browserAt(newAddress());
        for (int i = 1; i <= 4; i++) {
            assertThat(location(browser.logIn(username, "feil-" + i))).endsWith("/login?error");
        }

        String fifth = location(browser.logIn(username, "feil-5"));
        assertThat(fifth).endsWith("/login?refused=throttled");
        assertThat(browser.get(fifth).body()).contains(LOCKED_MESSAGE);
        assertThat(location(browser.logIn(username, "riktig"))).endsWith("/login?refused=throttled");
        assertThat(location(browserAt(newAddress()).logIn(username.toUpperCase(), "riktig")))
                .as("the lock is on the username, whatever the address or letter case")
                .endsWith("/login?refused=throttled");

        endLock(throttle.username(username));
        assertThat(location(browser.logIn(username, "riktig"))).endsWith("/");
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        String username = newUser();
        WebSession browser = browserAt(newAddress());
        for (int i = 0; i < 4; i++) {
            browser.logIn(username, "feil");
        }
        assertThat(location(browser.logIn(username, "riktig"))).endsWith("/");
        assertThat(failures(throttle.username(username))).isZero();

        WebSession again = browserAt(newAddress());
        for (int i = 0; i < 4; i++) {
            assertThat(location(again.logIn(username, "feil"))).endsWith("/login?error");
        }
        assertThat(location(again.logIn(username, "riktig"))).endsWith("/");
    }

    @Test
    void httpBasicOnTheApiAnswers429WithRetryAfter() {
        String username = newUser();
        ApiClient api = new ApiClient(port);
        String address = newAddress();
        for (int i = 1; i <= 4; i++) {
            assertThat(basic(api, address, username, "feil").status()).isEqualTo(401);
        }

        ApiClient.Response fifth = basic(api, address, username, "feil");
        ApiClient.Response rightPassword = basic(api, address, username, "riktig");

        for (ApiClient.Response locked : new ApiClient.Response[] {fifth, rightPassword}) {
            assertThat(locked.status()).isEqualTo(429);
            assertThat(locked.contentType()).startsWith("application/problem+json");
            assertThat(locked.json().path("detail").asString()).isEqualTo(LOCKED_MESSAGE);
            assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(890L, 900L);
        }
    }

    @Test
    void manyFailuresFromOneAddressLockThatAddressForEveryUsername() {
        ApiClient api = new ApiClient(port);
        String address = newAddress();
        for (int i = 0; i < 99; i++) {
            assertThat(basic(api, address, "gjett-" + i + "-" + address, "feil").status()).isEqualTo(401);
        }
        assertThat(basic(api, address, "gjett-siste-" + address, "feil").status()).isEqualTo(429);

        String username = newUser();
        assertThat(basic(api, address, username, "riktig").status()).isEqualTo(429);
        assertThat(basic(api, newAddress(), username, "riktig").status()).isEqualTo(200);
        assertThat(basic(api, address, username, "riktig").status())
                .as("a good login elsewhere does not reset the address").isEqualTo(429);
    }

    private static ApiClient.Response basic(ApiClient api, String address, String username, String password) {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return api.send(null, "GET", "/api/v1/me", null, null,
                Map.of("Authorization", "Basic " + credentials, "X-Forwarded-For", address));
    }

    /** As if 15 minutes had passed. */
    private void endLock(LoginThrottle.Subject subject) {
        jdbc.sql("""
                        update login_throttle set locked_until = now() - interval '1 second',
                                                  window_started_at = now() - interval '16 minutes'
                        where subject_hash = :hash""")
                .param("hash", subject.hash()).update();
    }

    private int failures(LoginThrottle.Subject subject) {
        return jdbc.sql("select coalesce(sum(failures), 0) from login_throttle where subject_hash = :hash")
                .param("hash", subject.hash()).query(Integer.class).single();
    }
}
