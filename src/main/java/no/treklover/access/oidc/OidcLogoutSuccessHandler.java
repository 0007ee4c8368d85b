package no.treklover.access.oidc;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

/**
 * After the local session has ended: a user who logged in with OpenID Connect is sent on to the identity
 * provider's end_session endpoint with their ID token (RP-initiated logout), which sends them back to the login
 * page, so "Logg inn med NAV-konto" asks again instead of signing them straight back in. Local accounts (and an
 * identity provider without an end_session endpoint) go straight to the login page.
 */
class OidcLogoutSuccessHandler implements LogoutSuccessHandler {

    static final String LOGGED_OUT = "/login?logout";

    private final OidcClientInitiatedLogoutSuccessHandler rpInitiated;
    private final SimpleUrlLogoutSuccessHandler local = new SimpleUrlLogoutSuccessHandler();

    OidcLogoutSuccessHandler(ClientRegistrationRepository registrations) {
        this.rpInitiated = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        this.rpInitiated.setPostLogoutRedirectUri("{baseUrl}" + LOGGED_OUT);
        this.rpInitiated.setDefaultTargetUrl(LOGGED_OUT);
        this.local.setDefaultTargetUrl(LOGGED_OUT);
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (authentication instanceof OidcSessionAuthentication oidc && oidc.idToken() != null) {
            DefaultOidcUser user = new DefaultOidcUser(oidc.getAuthorities(), oidc.idToken());
            try {
                rpInitiated.onLogoutSuccess(request, response,
                        new OAuth2AuthenticationToken(user, oidc.getAuthorities(), OidcProperties.REGISTRATION_ID));
            } catch (RuntimeException unreachable) {
                // the provider's discovery document is not at hand: the local session is gone all the same
                local.onLogoutSuccess(request, response, authentication);
            }
        } else {
            local.onLogoutSuccess(request, response, authentication);
        }
    }
}
