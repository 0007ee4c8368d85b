package no.treklover.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.treklover.TrekloverApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scale-out: two app nodes on one external PostgreSQL (the way production runs behind a load
 * balancer). A user who logs in on one node continues on the other, and logging out on either ends
 * the session everywhere, because sessions live in the database.
 */
class TwoNodesTest {

    private static EmbeddedPostgres database;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startDatabaseAndTwoNodes() throws Exception {
        Path directory = Files.createTempDirectory(Path.of("target"), "two-nodes-pg");
        database = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(true).start();
        nodeA = startNode();
        nodeB = startNode();
    }

    private static ConfigurableApplicationContext startNode() {
        return new SpringApplicationBuilder(TrekloverApplication.class).run(
                "--server.port=0",
                "--treklover.db.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--treklover.db.user=postgres",
                "--treklover.db.password=",
                "--treklover.db.pool-size=4",
                "--treklover.demo.enabled=true",
                "--treklover.security.bcrypt-strength=4",
                "--logging.level.root=WARN");
    }

    @AfterAll
    static void stop() throws Exception {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aSessionStartedOnOneNodeContinuesOnTheOther() throws Exception {
        String a = baseUrl(nodeA);
        String b = baseUrl(nodeB);
        assertThat(a).isNotEqualTo(b);

        String session = logIn(a, "veileder", "demo");

        HttpResponse<String> onB = get(b + "/caseload", session);
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("Mine forløp").contains("Vera Veileder");

        HttpResponse<String> logout = post(b + "/logout", session, "_csrf=" + csrfToken(onB.body()));
        assertThat(logout.statusCode()).isEqualTo(302);

        HttpResponse<String> afterLogoutOnA = get(a + "/caseload", session);
        assertThat(afterLogoutOnA.statusCode()).isEqualTo(302);
        assertThat(afterLogoutOnA.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void bothNodesShareOneDatabaseAndTheDemoDataLoadedOnce() throws Exception {
        String session = logIn(baseUrl(nodeB), "veileder2", "demo");
        HttpResponse<String> caseloadOnA = get(baseUrl(nodeA) + "/caseload", session);

        assertThat(caseloadOnA.statusCode()).isEqualTo(200);
        Integer users = nodeA.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select count(*) from app_user where username = 'veileder'").query(Integer.class).single();
        assertThat(users).isEqualTo(1);
    }

    private String logIn(String baseUrl, String username, String password) throws Exception {
        HttpResponse<String> form = get(baseUrl + "/login", null);
        String session = sessionCookie(form, null);
        HttpResponse<String> login = post(baseUrl + "/login", session,
                "username=" + username + "&password=" + password + "&_csrf="
                        + URLEncoder.encode(csrfToken(form.body()), StandardCharsets.UTF_8));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return sessionCookie(login, session);
    }

    private HttpResponse<String> get(String url, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET();
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String session, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Cookie", "SESSION=" + session)
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The session id after this response: a new one if the server set one (it changes at login). */
    private static String sessionCookie(HttpResponse<String> response, String current) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = Pattern.compile("SESSION=([^;]*)").matcher(header);
            if (m.find() && !m.group(1).isEmpty()) {
                return m.group(1);
            }
        }
        assertThat(current).as("a session cookie").isNotNull();
        return current;
    }

    private static String csrfToken(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("CSRF token in page").isTrue();
        return m.group(1);
    }

    private static String baseUrl(ConfigurableApplicationContext node) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return "http://localhost:" + port;
    }
}
