package no.treklover.access.oidc;

import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * OpenID Connect login (authorization code flow) and bearer tokens for the API, both from one issuer and both
 * ending as our CurrentUser. Exists only when an issuer is configured.
 */
public class OidcSecurity {

    private final OidcProperties properties;
    private final ClaimsMapper claims = new ClaimsMapper();
    private final OidcAccounts accounts;

    OidcSecurity(OidcProperties properties, OidcAccounts accounts) {
        this.properties = properties;
        this.accounts = accounts;
    }

    /** {@code afterLogin} sends the user on once the session holds the provisioned user (the page asked for). */
    public void configure(HttpSecurity http, SecurityContextRepository contexts, AuthenticationSuccessHandler afterLogin,
            AuthenticationFailureHandler failures, AuthenticationEntryPoint problems) throws Exception {
        DiscoveredClientRegistration registrations = new DiscoveredClientRegistration(properties);
        http.oauth2Login(login -> login
                        .loginPage("/login")
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(new NoAuthorizedClients())
                        .userInfoEndpoint(userInfo -> userInfo
                                .oidcUserService(new ProvisioningOidcUserService(claims, accounts)))
                        .successHandler(new OidcLoginSuccessHandler(contexts, afterLogin))
                        .failureHandler(failures))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(jwtDecoder())
                                .jwtAuthenticationConverter(new BearerTokenUsers(claims, accounts)))
                        .authenticationEntryPoint(problems))
                // RP-initiated logout for OpenID Connect sessions; local accounts keep the local logout
                .logout(logout -> logout.logoutSuccessHandler(new OidcLogoutSuccessHandler(registrations)));
    }

    /** Issuer, lifetime and audience checked; the signing keys are fetched when the first token arrives. */
    private JwtDecoder jwtDecoder() {
        String issuer = properties.issuerUri();
        String audience = properties.expectedAudience();
        OAuth2TokenValidator<Jwt> forThisApp = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithValidators(new JwtIssuerValidator(issuer)),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)));
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(forThisApp);
            return decoder;
        });
    }
}
