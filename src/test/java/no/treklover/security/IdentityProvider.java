package no.treklover.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * NAV's mock-oauth2-server as the identity provider, one per test JVM: the Spring contexts that use it are cached
 * across test classes, so it must outlive each class. Its login is not interactive: the authorization endpoint
 * answers at once with a code for the claims queued by {@link #nextLogin}.
 */
final class IdentityProvider {

    static final String ISSUER_ID = "default";
    static final String CLIENT_ID = "treklover";
    static final String CLIENT_SECRET = "hemmelig";

    private static final MockOAuth2Server SERVER = start();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private IdentityProvider() {
    }

    private static MockOAuth2Server start() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        return server;
    }

    static String issuer() {
        return SERVER.issuerUrl(ISSUER_ID).toString();
    }

    /** The claims of the next authorization code flow's ID token (and access token). */
    static void nextLogin(String subject, Map<String, Object> claims) {
        SERVER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims,
                3600));
    }

    /** An access token for the API, as a client of this issuer would get one. */
    static String accessToken(String subject, Map<String, Object> claims) {
        return token(ISSUER_ID, subject, CLIENT_ID, claims, 3600);
    }

    static String token(String issuerId, String subject, String audience, Map<String, Object> claims,
            long expirySeconds) {
        return SERVER.issueToken(issuerId, subject, audience, claims, expirySeconds).serialize();
    }

    /** The identity provider's answer to the app's authorization request: a redirect back with a code. */
    static HttpResponse<String> authorize(String authorizationUrl) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(authorizationUrl)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
