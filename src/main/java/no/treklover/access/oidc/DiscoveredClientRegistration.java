package no.treklover.access.oidc;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.function.SingletonSupplier;

/**
 * The one client registration, read from the issuer's discovery document at the first login rather than at
 * start-up, so the app starts (and serves local logins) while the identity provider is unreachable. A failed
 * discovery is not remembered: the next login tries again.
 */
class DiscoveredClientRegistration implements ClientRegistrationRepository {

    private final SingletonSupplier<ClientRegistration> registration;

    DiscoveredClientRegistration(OidcProperties properties) {
        this.registration = SingletonSupplier.of(() -> {
            ClientRegistration.Builder builder = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                    .registrationId(OidcProperties.REGISTRATION_ID)
                    .clientName("NAV")
                    .clientId(properties.clientId())
                    .scope(properties.scopes());
            if (properties.clientSecret() == null) {
                builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
            } else {
                builder.clientSecret(properties.clientSecret());
            }
            return builder.build();
        });
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return OidcProperties.REGISTRATION_ID.equals(registrationId) ? registration.obtain() : null;
    }
}
