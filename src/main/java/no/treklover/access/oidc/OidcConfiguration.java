package no.treklover.access.oidc;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
@Conditional(OidcEnabled.class)
class OidcConfiguration {

    @Bean
    OidcAccounts oidcAccounts(JdbcClient jdbc) {
        return new OidcAccounts(jdbc);
    }

    @Bean
    OidcSecurity oidcSecurity(OidcProperties properties, OidcAccounts accounts) {
        return new OidcSecurity(properties, accounts);
    }
}
