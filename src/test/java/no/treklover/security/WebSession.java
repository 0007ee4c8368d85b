package no.treklover.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: one session cookie, redirects not followed (so each step can be checked), and
 * fixed extra headers such as X-Forwarded-For to act as a client at another address.
 */
final class WebSession {

    private static final Pattern SESSION_COOKIE = Pattern.compile("SESSION=([^;]*)");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String sessionId;

    WebSession(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    WebSession withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    String sessionId() {
        return sessionId;
    }

    void useSession(String id) {
        sessionId = id;
    }

    HttpResponse<String> get(String pathOrUrl) {
        return send(request(pathOrUrl).header("Accept", "text/html").GET());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The login form, filled in and sent with the page's CSRF token; the answer is the redirect. */
    HttpResponse<String> logIn(String username, String password) {
        HttpResponse<String> form = get("/login");
        assertThat(form.statusCode()).isEqualTo(200);
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", csrfToken(form)));
    }

    static String csrfToken(HttpResponse<String> page) {
        Matcher m = CSRF_FIELD.matcher(page.body());
        assertThat(m.find()).as("CSRF token in page").isTrue();
        return m.group(1);
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    static Optional<String> sessionCookieHeader(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst();
    }

    private HttpRequest.Builder request(String pathOrUrl) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl));
        headers.forEach(request::header);
        if (sessionId != null) {
            request.header("Cookie", "SESSION=" + sessionId);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                Matcher m = SESSION_COOKIE.matcher(cookie);
                if (m.lookingAt()) {
                    sessionId = m.group(1).isEmpty() ? null : m.group(1);
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
