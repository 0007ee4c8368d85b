package no.treklover.access.oidc;

import no.treklover.access.CurrentUser;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Spring Security's OpenID Connect user (ID token plus userinfo), mapped to our roles and provisioned. */
class ProvisioningOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final ClaimsMapper claims;
    private final OidcAccounts accounts;

    ProvisioningOidcUserService(ClaimsMapper claims, OidcAccounts accounts) {
        this.claims = claims;
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = delegate.loadUser(request);
        CurrentUser user = accounts.provision(oidcUser.getIssuer().toString(), claims.map(oidcUser.getClaims()));
        return new ProvisionedOidcUser(oidcUser, user);
    }
}
