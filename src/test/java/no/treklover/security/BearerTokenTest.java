package no.treklover.security;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.treklover.support.ApiClient;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The API with bearer tokens from the OpenID Connect issuer, mapped to our users like a login. */
class BearerTokenTest extends OidcIntegrationTest {

    private static final Map<String, Object> COUNSELLOR = Map.of("NAVident", "Z991001", "name", "Tina Token",
            "roles", List.of("veileder"), "NAVenhet", OFFICE);

    @Autowired
    PasswordEncoder passwords;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private ApiClient.Response get(String token, String path) {
        return api.send(null, "GET", path, null, null, Map.of("Authorization", "Bearer " + token));
    }

    @Test
    void aValidTokenGivesTheMappedUser() {
        ApiClient.Response me = get(IdentityProvider.accessToken("sub-z991001", COUNSELLOR), "/api/v1/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("username").asString()).isEqualTo("Z991001");
        assertThat(me.json().path("displayName").asString()).isEqualTo("Tina Token");
        assertThat(me.json().path("role").asString()).isEqualTo("COUNSELLOR");
        assertThat(me.json().path("officeId").asString()).isEqualTo(OFFICE);
        assertThat(me.json().path("id").asLong()).isEqualTo(userId("Z991001"));
        assertThat(me.header("Set-Cookie")).as("no session for token requests").isNull();
    }

    @Test
    void whatATokenUserDoesIsAuditedUnderTheirAccount() {
        String token = IdentityProvider.accessToken("sub-z991001", COUNSELLOR);
        ApiClient.Response created = api.send(null, "POST", "/api/v1/candidates",
                ApiClient.json(object("nationalId", TestPeople.newNationalId(), "firstName", "Åse", "lastName", "Berg")),
                "application/json", Map.of("Authorization", "Bearer " + token));

        assertThat(created.status()).as("no CSRF token needed with a bearer token").isEqualTo(201);
        Long actor = jdbc.sql("select actor_id from audit_entry where candidate_id = :id and purpose = 'register'")
                .param("id", created.id()).query(Long.class).single();
        assertThat(actor).isEqualTo(userId("Z991001"));
    }

    @Test
    void employersAndCandidatesAreFoundByOrganisationNumberAndNationalId() {
        ApiClient.Response employer = get(IdentityProvider.accessToken("sub-ag", Map.of(
                "preferred_username", "arbeidsgiver-oidc", "roles", "arbeidsgiver", "orgnr", ORG_NUMBER)), "/api/v1/me");
        ApiClient.Response candidate = get(IdentityProvider.accessToken("sub-kandidat", Map.of(
                "roles", "kandidat", "pid", CANDIDATE_NATIONAL_ID)), "/api/v1/me");

        assertThat(employer.status()).isEqualTo(200);
        assertThat(employer.json().path("employerId").asLong()).isEqualTo(jdbc.sql(
                "select id from employer where org_number = :org").param("org", ORG_NUMBER).query(Long.class).single());
        assertThat(candidate.status()).isEqualTo(200);
        assertThat(candidate.json().path("role").asString()).isEqualTo("CANDIDATE");
        assertThat(candidate.json().path("username").asString()).as("never the national id").isEqualTo("sub-kandidat");
        assertThat(jdbc.sql("select c.national_id from app_user u join candidate c on c.id = u.candidate_id "
                + "where u.username = 'sub-kandidat'").query(String.class).single()).isEqualTo(CANDIDATE_NATIONAL_ID);
    }

    @Test
    void expiredForgedForeignAndMisaddressedTokensAre401() {
        String valid = IdentityProvider.accessToken("sub-z991001", COUNSELLOR);
        String expired = IdentityProvider.token(IdentityProvider.ISSUER_ID, "sub-z991001", IdentityProvider.CLIENT_ID,
                COUNSELLOR, -600);
        String otherIssuer = IdentityProvider.token("other-issuer", "sub-z991001", IdentityProvider.CLIENT_ID,
                COUNSELLOR, 3600);
        String otherAudience = IdentityProvider.token(IdentityProvider.ISSUER_ID, "sub-z991001", "another-app",
                COUNSELLOR, 3600);

        for (String token : List.of(expired, otherIssuer, otherAudience, withClaims(valid, "{\"sub\":\"x\","
                + "\"NAVident\":\"Z991001\",\"roles\":[\"kontorleder\"],\"NAVenhet\":\"0315\"}"), unsigned(valid),
                "not-a-jwt")) {
            ApiClient.Response response = get(token, "/api/v1/me");
            assertThat(response.status()).as(token).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("detail").asString()).isEqualTo("Du må logge inn.");
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        }
        assertThat(get(valid, "/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aValidTokenWithoutAUsableRoleIs403WithTheReason() {
        ApiClient.Response response = get(IdentityProvider.accessToken("sub-z991002", Map.of("NAVident", "Z991002",
                "roles", List.of("veileder", "beslutter"), "NAVenhet", OFFICE)), "/api/v1/me");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asString()).contains("flere roller");
    }

    @Test
    void aDisabledAccountIsRefusedEvenWithAValidToken() {
        String token = IdentityProvider.accessToken("sub-z991003", Map.of("NAVident", "Z991003", "roles", "veileder",
                "NAVenhet", OFFICE));
        assertThat(get(token, "/api/v1/me").status()).isEqualTo(200);
        jdbc.sql("update app_user set enabled = false where username = 'Z991003'").update();

        ApiClient.Response response = get(token, "/api/v1/me");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().path("detail").asString()).contains("sperret");
    }

    @Test
    void httpBasicIsOnlyForTheDemoRun() {
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, office_id)
                        values ('basic-konto', :hash, 'Basic Konto', 'COUNSELLOR', '0315') on conflict do nothing""")
                .param("hash", passwords.encode("demo")).update();

        ApiClient.Response response = api.get("basic-konto", "/api/v1/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    /** The token with its payload swapped for another: the signature no longer matches. */
    private static String withClaims(String token, String claimsJson) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + base64(claimsJson) + "." + parts[2];
    }

    /** The token's claims with "alg": "none" and no signature. */
    private static String unsigned(String token) {
        String[] parts = token.split("\\.");
        return base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
