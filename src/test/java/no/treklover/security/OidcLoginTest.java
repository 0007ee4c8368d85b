package no.treklover.security;

import static no.treklover.security.WebSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The authorization code flow against a real OpenID Connect server, driven step by step without a browser. */
class OidcLoginTest extends OidcIntegrationTest {

    @Autowired
    PasswordEncoder passwords;

    /** Login link → identity provider → back with a code → logged in; returns the final redirect. */
    private HttpResponse<String> oidcLogin(WebSession browser, String subject, Map<String, Object> claims) {
        IdentityProvider.nextLogin(subject, claims);
        HttpResponse<String> toProvider = browser.get("/oauth2/authorization/nav");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        assertThat(location(toProvider)).startsWith(IdentityProvider.issuer() + "/authorize");

        HttpResponse<String> back = IdentityProvider.authorize(location(toProvider));
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(location(back)).startsWith("http://localhost:" + port + "/login/oauth2/code/nav?code=");

        return browser.get(location(back));
    }

    private String home() {
        return "http://localhost:" + port + "/";
    }

    @Test
    void aCounsellorLogsInWithNavAccountAndSeesTheCaseload() {
        WebSession browser = new WebSession(port);
        HttpResponse<String> loginPage = browser.get("/login");
        assertThat(loginPage.body()).contains("Logg inn med NAV-konto (OIDC)").contains("href=\"/oauth2/authorization/nav\"");

        HttpResponse<String> start = browser.get("/oauth2/authorization/nav");
        String sessionDuringLogin = browser.sessionId();
        assertThat(sessionDuringLogin).as("the login's state lives in the session").isNotNull();
        IdentityProvider.nextLogin("sub-z990001", Map.of("NAVident", "Z990001", "name", "Vilde Veileder",
                "roles", List.of("veileder"), "NAVenhet", OFFICE));
        HttpResponse<String> back = IdentityProvider.authorize(location(start));
        HttpResponse<String> loggedIn = browser.get(location(back));

        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(location(loggedIn)).isEqualTo(home());
        assertThat(browser.sessionId()).as("session id changes at login").isNotEqualTo(sessionDuringLogin);
        assertThat(location(browser.get("/"))).endsWith("/caseload");
        HttpResponse<String> caseload = browser.get("/caseload");
        assertThat(caseload.statusCode()).isEqualTo(200);
        assertThat(caseload.body()).contains("Vilde Veileder").contains("Du har ingen forløp ennå");

        var row = jdbc.sql("select role, office_id, password_hash, oidc_issuer from app_user where username = 'Z990001'")
                .query().singleRow();
        assertThat(row).containsEntry("role", "COUNSELLOR").containsEntry("office_id", OFFICE)
                .containsEntry("oidc_issuer", IdentityProvider.issuer());
        assertThat(row.get("password_hash")).isNull();
    }

    @Test
    void outsideTheDemoRunTheSessionCookieIsSecureHttpOnlyAndLax() {
        WebSession browser = new WebSession(port);
        HttpResponse<String> start = browser.get("/oauth2/authorization/nav");

        assertThat(WebSession.sessionCookieHeader(start)).hasValueSatisfying(cookie -> assertThat(cookie)
                .contains("; Secure").contains("; HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void everyLoginBringsTheAccountUpToDateWithTheClaims() {
        assertThat(oidcLogin(new WebSession(port), "sub-z990002", Map.of("NAVident", "Z990002",
                "roles", List.of("veileder"), "office", OFFICE))).satisfies(r -> assertThat(location(r)).isEqualTo(home()));
        long id = userId("Z990002");

        WebSession browser = new WebSession(port);
        oidcLogin(browser, "sub-z990002", Map.of("NAVident", "Z990002", "name", "Bjørn Beslutter",
                "roles", List.of("BESLUTTER", "Some-Other-Group"), "office", OTHER_OFFICE));

        var row = jdbc.sql("select id, role, office_id, display_name from app_user where username = 'Z990002'")
                .query().singleRow();
        assertThat(row).containsEntry("id", id).containsEntry("role", "DECISION_MAKER")
                .containsEntry("office_id", OTHER_OFFICE).containsEntry("display_name", "Bjørn Beslutter");
        assertThat(browser.get("/beslutter").body()).contains("Tilskuddsperioder til behandling")
                .contains("Bjørn Beslutter");
    }

    @Test
    void aLoginWithoutAKnownRoleIsRefusedWithANorwegianMessage() {
        WebSession browser = new WebSession(port);
        HttpResponse<String> refused = oidcLogin(browser, "sub-z990003", Map.of("NAVident", "Z990003",
                "groups", List.of("0000-GA-saksbehandler"), "NAVenhet", OFFICE));

        assertThat(location(refused)).endsWith("/login?refused=no-role");
        assertThat(browser.get(location(refused)).body())
                .contains("Innloggingen ble avvist: NAV-kontoen din har ingen rolle i Trekløver.");
        assertThat(browser.get("/caseload").statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from app_user where username = 'Z990003'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void aCounsellorWithAnUnknownOfficeIsRefused() {
        HttpResponse<String> refused = oidcLogin(new WebSession(port), "sub-z990004", Map.of("NAVident", "Z990004",
                "roles", "veileder", "NAVenhet", "9999"));

        assertThat(location(refused)).endsWith("/login?refused=unknown-office");
    }

    @Test
    void anOidcLoginNeverTakesOverALocalAccount() {
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, office_id)
                        values ('lokal-konto', :hash, 'Lokal Konto', 'COUNSELLOR', '0315') on conflict do nothing""")
                .param("hash", passwords.encode("hemmelig-passord")).update();

        HttpResponse<String> refused = oidcLogin(new WebSession(port), "sub-lokal", Map.of(
                "preferred_username", "lokal-konto", "roles", "kontorleder", "office", OFFICE));

        assertThat(location(refused)).endsWith("/login?refused=account-conflict");
        assertThat(jdbc.sql("select role from app_user where username = 'lokal-konto'").query(String.class).single())
                .isEqualTo("COUNSELLOR");
        WebSession local = new WebSession(port);
        assertThat(location(local.logIn("lokal-konto", "hemmelig-passord")))
                .as("local accounts keep the login form next to OIDC").endsWith("/");
    }

    @Test
    void aFailedExchangeWithTheIdentityProviderEndsOnTheLoginPage() {
        WebSession browser = new WebSession(port);
        HttpResponse<String> forged = browser.get("/login/oauth2/code/nav?code=made-up&state=made-up");

        assertThat(location(forged)).endsWith("/login?refused=oidc-failed");
        assertThat(browser.get(location(forged)).body()).contains("Innloggingen med NAV-konto mislyktes.");
    }
}
