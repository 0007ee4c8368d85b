package no.treklover.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.UnaryOperator;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Response headers and cookie flags, on pages and the API (the demo run, as the tests run it). */
@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void pagesAndApiForbidFramingInlineScriptsReferrersAndDeviceAccess() {
        WebSession browser = new WebSession(port);
        HttpResponse<String> page = browser.get("/login");
        ApiClient.Response api = new ApiClient(port).get("veileder", "/api/v1/me");

        assertHardened(name -> page.headers().firstValue(name).orElse(null));
        assertHardened(api::header);
    }

    private static void assertHardened(UnaryOperator<String> header) {
        assertThat(header.apply("Content-Security-Policy"))
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(header.apply("X-Frame-Options")).isEqualTo("DENY");
        assertThat(header.apply("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header.apply("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(header.apply("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
    }

    @Test
    void hstsOnlyOverHttpsAsTheLoadBalancerReportsIt() {
        HttpResponse<String> plain = new WebSession(port).get("/login");
        HttpResponse<String> viaHttps = new WebSession(port).withHeader("X-Forwarded-Proto", "https").get("/login");

        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(viaHttps.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void theDemoSessionCookieIsHttpOnlyAndLaxAndSecureOnlyOverHttps() {
        HttpResponse<String> plain = new WebSession(port).get("/login");
        HttpResponse<String> viaHttps = new WebSession(port).withHeader("X-Forwarded-Proto", "https").get("/login");

        assertThat(WebSession.sessionCookieHeader(plain)).hasValueSatisfying(cookie -> assertThat(cookie)
                .contains("; HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
        assertThat(WebSession.sessionCookieHeader(viaHttps)).hasValueSatisfying(cookie -> assertThat(cookie)
                .contains("; Secure", "; HttpOnly", "SameSite=Lax"));
    }

    @Test
    void withoutAnIssuerThereIsNoOidcLoginAndNoBearerTokens() {
        WebSession browser = new WebSession(port);

        assertThat(browser.get("/login").body()).doesNotContain("NAV-konto").contains("Logg inn med brukernavn og passord.");
        assertThat(WebSession.location(browser.get("/oauth2/authorization/nav"))).endsWith("/login");
        ApiClient.Response bearer = new ApiClient(port).send(null, "GET", "/api/v1/me", null, null,
                Map.of("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30."));
        assertThat(bearer.status()).isEqualTo(401);
    }
}
