package no.treklover.access;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * An authentication whose principal is our {@link CurrentUser}, for users who log in through OpenID Connect or
 * call the API with a bearer token. Controllers keep taking {@code @AuthenticationPrincipal CurrentUser}
 * whatever way the user logged in.
 */
public class CurrentUserAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentUser user;

    public CurrentUserAuthentication(CurrentUser user) {
        super(user.getAuthorities());
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public CurrentUser getPrincipal() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return null;
    }
}
