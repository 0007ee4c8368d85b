package no.treklover.security;

import static no.treklover.security.WebSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Logging out of a session that began with "Logg inn med NAV-konto" ends the identity provider's session too
 * (RP-initiated logout), so the next OIDC login asks again; a local account's logout stays local.
 */
class OidcLogoutTest extends OidcIntegrationTest {

    @Autowired
    PasswordEncoder passwords;

    private void oidcLogin(WebSession browser, String subject, Map<String, Object> claims) {
        IdentityProvider.nextLogin(subject, claims);
        HttpResponse<String> toProvider = browser.get("/oauth2/authorization/nav");
        HttpResponse<String> back = IdentityProvider.authorize(location(toProvider));
        assertThat(location(browser.get(location(back)))).isEqualTo("http://localhost:" + port + "/");
    }

    @Test
    void anOidcLogoutEndsTheSessionHereAndAtTheIdentityProvider() {
        WebSession browser = new WebSession(port);
        oidcLogin(browser, "sub-z990101", Map.of("NAVident", "Z990101", "name", "Lise Logout",
                "roles", List.of("veileder"), "NAVenhet", OFFICE));
        HttpResponse<String> caseload = browser.get("/caseload");
        assertThat(caseload.statusCode()).isEqualTo(200);

        HttpResponse<String> logout = browser.postForm("/logout", Map.of("_csrf", WebSession.csrfToken(caseload)));

        assertThat(logout.statusCode()).isEqualTo(302);
        String endSession = location(logout);
        assertThat(endSession).startsWith(IdentityProvider.issuer() + "/endsession?");
        String query = URLDecoder.decode(endSession.substring(endSession.indexOf('?') + 1), StandardCharsets.UTF_8);
        assertThat(query).contains("post_logout_redirect_uri=http://localhost:" + port + "/login?logout");
        String idToken = query.replaceAll(".*id_token_hint=([^&]+).*", "$1");
        assertThat(idToken).as("id_token_hint is the session's ID token").isNotEqualTo(query);
        String payload = new String(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"sub\":\"sub-z990101\"").contains("\"aud\":\"" + IdentityProvider.CLIENT_ID);

        assertThat(location(browser.get("/caseload"))).as("the local session is gone").endsWith("/login");
        HttpResponse<String> backFromProvider = IdentityProvider.authorize(endSession);
        assertThat(backFromProvider.statusCode()).isEqualTo(302);
        assertThat(location(backFromProvider)).startsWith("http://localhost:" + port + "/login?logout");
    }

    @Test
    void aLocalAccountLogsOutLocallyNextToOidc() {
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, office_id)
                        values ('lokal-utlogging', :hash, 'Lokal Utlogging', 'COUNSELLOR', '0315')
                        on conflict do nothing""")
                .param("hash", passwords.encode("hemmelig-passord")).update();
        WebSession browser = new WebSession(port);
        browser.logIn("lokal-utlogging", "hemmelig-passord");
        HttpResponse<String> caseload = browser.get("/caseload");
        assertThat(caseload.statusCode()).isEqualTo(200);

        HttpResponse<String> logout = browser.postForm("/logout", Map.of("_csrf", WebSession.csrfToken(caseload)));

        assertThat(location(logout)).endsWith("/login?logout").doesNotContain("endsession");
        assertThat(location(browser.get("/caseload"))).endsWith("/login");
    }
}
