package no.treklover.security;

import static no.treklover.security.WebSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenID Connect login, too, ends on the page that was asked for, and never on another site. */
class OidcReturnTest extends OidcIntegrationTest {

    private HttpResponse<String> oidcLogin(WebSession browser, String ident) {
        IdentityProvider.nextLogin("sub-" + ident, Map.of("NAVident", ident, "name", "Oda Oidc",
                "roles", List.of("veileder"), "NAVenhet", OFFICE));
        HttpResponse<String> toProvider = browser.get("/oauth2/authorization/nav");
        HttpResponse<String> back = IdentityProvider.authorize(location(toProvider));
        return browser.get(location(back));
    }

    @Test
    void theLinkFromTheEmailLeadsThroughTheIdentityProviderToItsPage() {
        WebSession browser = new WebSession(port);
        assertThat(location(browser.get("/meetings/calendar"))).endsWith("/login");
        HttpResponse<String> loggedIn = oidcLogin(browser, "Z990101");
        assertThat(location(loggedIn)).endsWith("/meetings/calendar").doesNotContain("continue");
        assertThat(browser.get(location(loggedIn)).statusCode()).isEqualTo(200);
    }

    @Test
    void theLoginPagesNextSurvivesTheRoundTripAndAFirstFailure() {
        WebSession browser = new WebSession(port);
        browser.get("/login?next=/notifications");
        assertThat(location(browser.get("/login/oauth2/code/nav?code=made-up&state=made-up")))
                .endsWith("/login?refused=oidc-failed");
        assertThat(location(oidcLogin(browser, "Z990102"))).endsWith("/notifications");
    }

    @Test
    void aHostileNextIsIgnored() {
        for (String hostile : List.of("//evil.example", "https://evil.example")) {
            WebSession browser = new WebSession(port);
            browser.get("/login?next=" + java.net.URLEncoder.encode(hostile, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(location(oidcLogin(browser, "Z990103"))).isEqualTo("http://localhost:" + port + "/");
        }
    }
}
