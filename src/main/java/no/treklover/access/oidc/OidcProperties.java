package no.treklover.access.oidc;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login with OpenID Connect and bearer tokens from the same issuer. Everything is off while {@code issuerUri} is
 * blank. Tokens for the API must name {@code audience} (the client id unless set) in their "aud" claim.
 */
@ConfigurationProperties("treklover.oidc")
public record OidcProperties(
        String issuerUri,
        String clientId,
        String clientSecret,
        String audience,
        @DefaultValue({"openid", "profile"}) List<String> scopes) {

    /** The registration id, and so the path of the login link: /oauth2/authorization/nav. */
    public static final String REGISTRATION_ID = "nav";
    public static final String LOGIN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    public OidcProperties {
        issuerUri = blankToNull(issuerUri);
        clientId = blankToNull(clientId);
        clientSecret = blankToNull(clientSecret);
        audience = blankToNull(audience);
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile") : List.copyOf(scopes);
        if (issuerUri != null && clientId == null) {
            throw new IllegalArgumentException(
                    "treklover.oidc.client-id (TREKLOVER_OIDC_CLIENT_ID) is required with an issuer");
        }
    }

    public boolean enabled() {
        return issuerUri != null;
    }

    public String expectedAudience() {
        return audience != null ? audience : clientId;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
