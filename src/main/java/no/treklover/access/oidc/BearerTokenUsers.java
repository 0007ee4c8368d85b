package no.treklover.access.oidc;

import no.treklover.access.CurrentUserAuthentication;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.jwt.Jwt;

/** A validated access token from the API's Authorization header, as our user; same mapping as the login. */
class BearerTokenUsers implements Converter<Jwt, CurrentUserAuthentication> {

    private final ClaimsMapper claims;
    private final OidcAccounts accounts;

    BearerTokenUsers(ClaimsMapper claims, OidcAccounts accounts) {
        this.claims = claims;
        this.accounts = accounts;
    }

    @Override
    public CurrentUserAuthentication convert(Jwt jwt) {
        return new CurrentUserAuthentication(accounts.provision(jwt.getIssuer().toString(), claims.map(jwt.getClaims())));
    }
}
