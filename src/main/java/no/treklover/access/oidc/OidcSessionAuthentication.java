package no.treklover.access.oidc;

import java.io.Serial;
import no.treklover.access.CurrentUser;
import no.treklover.access.CurrentUserAuthentication;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * The session of a user who logged in with OpenID Connect: our {@link CurrentUser} as principal, like every other
 * login, plus the ID token the identity provider issued, which logging out sends back to it as
 * {@code id_token_hint} so the provider's session ends too.
 */
final class OidcSessionAuthentication extends CurrentUserAuthentication {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;

    OidcSessionAuthentication(CurrentUser user, OidcIdToken idToken) {
        super(user);
        this.idToken = idToken;
    }

    OidcIdToken idToken() {
        return idToken;
    }
}
