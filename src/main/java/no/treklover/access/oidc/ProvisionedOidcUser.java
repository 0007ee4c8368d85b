package no.treklover.access.oidc;

import java.io.Serial;
import no.treklover.access.CurrentUser;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The OpenID Connect user as Spring Security needs it during login, carrying the account it was provisioned as. */
final class ProvisionedOidcUser extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentUser currentUser;

    ProvisionedOidcUser(OidcUser oidcUser, CurrentUser currentUser) {
        super(currentUser.getAuthorities(), oidcUser.getIdToken(), oidcUser.getUserInfo());
        this.currentUser = currentUser;
    }

    CurrentUser currentUser() {
        return currentUser;
    }
}
