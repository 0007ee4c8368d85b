package no.treklover.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class NotificationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    ApiClient api;
    String alice;
    long aliceId;
    String bob;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        alice = newUser();
        aliceId = idOf(alice);
        bob = newUser();
    }

    private String newUser() {
        String username = "varsel-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, office_id)
                        values (:u, :hash, 'Varsel Testesen', 'COUNSELLOR', '0315')""")
                .param("u", username).param("hash", passwords.encode("demo")).update();
        return username;
    }

    private long idOf(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    private void publish(long recipient, String key, List<String> arguments, String link) {
        transactions.executeWithoutResult(status ->
                events.publishEvent(new NotificationRequested(recipient, key, arguments, link, null)));
    }

    private ApiClient.Response html(String user, String path) {
        return api.send(user, "GET", path, null, null, Map.of("Accept", "text/html"));
    }

    @Test
    void storedInThePublishersTransactionAndGoneWithItsRollback() {
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new NotificationRequested(aliceId, "notification.demo.followUp", List.of("Rulla"),
                    "/caseload", null));
            status.setRollbackOnly();
        });
        assertThat(api.get(alice, "/api/v1/me/notifications").json().path("totalItems").asLong()).isZero();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            events.publishEvent(new NotificationRequested(aliceId, "notification.demo.followUp", List.of("Feil"),
                    null, null));
            throw new IllegalStateException("the business transaction fails after publishing");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(api.get(alice, "/api/v1/me/notifications").json().path("totalItems").asLong()).isZero();

        publish(aliceId, "notification.demo.followUp", List.of("Kaja"), "/processes/1");
        assertThat(api.get(alice, "/api/v1/me/notifications").json().path("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void listedNewestFirstOnlyToTheRecipientAndMarkedRead() {
        publish(aliceId, "notification.demo.welcome", List.of(), "/caseload");
        publish(aliceId, "notification.demo.followUp", List.of("Kaja"), "/processes/42");

        ApiClient.Response mine = api.get(alice, "/api/v1/me/notifications");
        assertThat(mine.status()).isEqualTo(200);
        JsonNode items = mine.json().path("items");
        assertThat(items.size()).isEqualTo(2);
        assertThat(items.get(0).path("text").asString())
                .isEqualTo("Det er snart tid for oppfølging i forløpet til Kaja.");
        assertThat(items.get(0).path("link").asString()).isEqualTo("/processes/42");
        assertThat(items.get(1).path("messageKey").asString()).isEqualTo("notification.demo.welcome");
        assertThat(mine.json().path("unread").asLong()).isEqualTo(2);
        long newest = items.get(0).path("id").asLong();
        long oldest = items.get(1).path("id").asLong();

        // someone else sees none of them and cannot mark them
        assertThat(api.get(bob, "/api/v1/me/notifications").json().path("totalItems").asLong()).isZero();
        assertThat(api.post(bob, "/api/v1/me/notifications/" + newest + "/read", Map.of()).status()).isEqualTo(404);
        assertThat(api.post(alice, "/api/v1/me/notifications/999999999/read", Map.of()).status()).isEqualTo(404);
        assertThat(api.post(bob, "/api/v1/me/notifications/read-all", Map.of()).json().path("marked").asInt())
                .isZero();
        assertThat(api.get(alice, "/api/v1/me/notifications").json().path("unread").asLong()).isEqualTo(2);

        ApiClient.Response read = api.post(alice, "/api/v1/me/notifications/" + oldest + "/read", Map.of());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("readAt").isNull()).isFalse();
        assertThat(api.get(alice, "/api/v1/me/notifications").json().path("unread").asLong()).isEqualTo(1);
        assertThat(api.post(alice, "/api/v1/me/notifications/read-all", Map.of()).json().path("marked").asInt())
                .isEqualTo(1);
        assertThat(api.get(alice, "/api/v1/me/notifications").json().path("unread").asLong()).isZero();
        assertThat(api.get(null, "/api/v1/me/notifications").status()).isEqualTo(401);
    }

    @Test
    void pagedWithinBounds() {
        for (int i = 0; i < 3; i++) {
            publish(aliceId, "notification.demo.followUp", List.of("nr " + i), null);
        }
        JsonNode page = api.get(alice, "/api/v1/me/notifications?page=1&size=2").json();
        assertThat(page.path("items").size()).isEqualTo(1);
        assertThat(page.path("totalPages").asInt()).isEqualTo(2);
        assertThat(page.path("items").get(0).path("text").asString()).endsWith("nr 0.");
        // Issue 10: out of bounds is a 400 naming the parameter (it was silently clamped to size 100 / page 0).
        assertThat(api.get(alice, "/api/v1/me/notifications?size=200").json().path("size").asInt()).isEqualTo(200);
        assertThat(api.get(alice, "/api/v1/me/notifications?size=100000").errorFields()).containsExactly("size");
        assertThat(api.get(alice, "/api/v1/me/notifications?page=-3&size=0").errorFields())
                .containsExactly("page", "size");
        assertThat(api.get(alice, "/api/v1/me/notifications?page=abc").status()).isEqualTo(400);
    }

    @Test
    void linksOnlyInsideTheAppAndNoNationalIdsInTexts() {
        publish(aliceId, "notification.demo.followUp", List.of("12345678901"), "https://example.org/phish");
        publish(aliceId, "notification.demo.followUp", List.of("B"), "//example.org");
        publish(aliceId, "no.such.key", List.of(), "/processes/7");
        JsonNode items = api.get(alice, "/api/v1/me/notifications").json().path("items");
        assertThat(items.get(0).path("text").asString()).isEqualTo("Du har et nytt varsel i Trekløver.");
        assertThat(items.get(1).path("link").isNull()).isTrue();
        assertThat(items.get(2).path("link").isNull()).isTrue();
        assertThat(items.get(2).path("text").asString()).contains("***********").doesNotContain("12345678901");
    }

    @Test
    void pageWithBadgeEmptyStateAndMarking() {
        ApiClient.Response empty = html(alice, "/notifications");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("Du har ingen varsler.").doesNotContain("notification-badge\"");

        publish(aliceId, "notification.demo.followUp", List.of("Kaja"), "/caseload");
        publish(aliceId, "notification.demo.welcome", List.of(), null);
        ApiClient.Response page = html(alice, "/notifications");
        assertThat(page.body()).contains("Det er snart tid for oppfølging i forløpet til Kaja.",
                "Velkommen til Trekløver!", "Merk alle som lest", "class=\"notification-badge\">2</span>");
        // the badge is on every page
        assertThat(html(alice, "/caseload").body()).contains("class=\"notification-badge\">2</span>");

        long id = jdbc.sql("select id from notification where recipient_id = :r and link = '/caseload'")
                .param("r", aliceId).query(Long.class).single();
        ApiClient.Response open = api.send(alice, "POST", "/notifications/" + id + "/read", "open=true",
                "application/x-www-form-urlencoded", Map.of("Accept", "text/html"));
        assertThat(open.status()).isEqualTo(302);
        assertThat(open.header("Location")).endsWith("/caseload");
        assertThat(html(alice, "/notifications").body()).contains("class=\"notification-badge\">1</span>");
        assertThat(api.send(bob, "POST", "/notifications/" + id + "/read", "", "application/x-www-form-urlencoded",
                Map.of("Accept", "text/html")).status()).isEqualTo(404);
        ApiClient.Response all = api.send(alice, "POST", "/notifications/read-all", "",
                "application/x-www-form-urlencoded", Map.of("Accept", "text/html"));
        assertThat(all.status()).isEqualTo(302);
        assertThat(html(alice, "/notifications").body()).doesNotContain("class=\"notification-badge\"")
                .contains("2 varsler, 0 uleste");
    }

    @Test
    void anUnknownRecipientDoesNotBreakThePublisher() {
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new NotificationRequested(999_999_999L, "notification.demo.welcome", List.of(), null,
                    null));
            events.publishEvent(new NotificationRequested(aliceId, "notification.demo.welcome", List.of(), null,
                    999_999_999L));
        });
        JsonNode items = api.get(alice, "/api/v1/me/notifications").json().path("items");
        assertThat(items.size()).isEqualTo(1);
        assertThat(items.get(0).path("processId").isNull()).isTrue();
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = 999999999").query(Long.class)
                .single()).isZero();
    }

    /** The demo gives veileder a notification that asks her to act; none that asks nobody (issue 11). */
    @Test
    void demoNotificationsForVeileder() {
        JsonNode mine = api.get("veileder", "/api/v1/me/notifications").json();
        assertThat(mine.path("totalItems").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification where message_key in "
                + "('notification.demo.welcome', 'notification.demo.contactLog') and recipient_id = :v")
                .param("v", idOf("veileder")).query(Long.class).single())
                .as("no notification that asks nobody to act").isZero();
    }
}
