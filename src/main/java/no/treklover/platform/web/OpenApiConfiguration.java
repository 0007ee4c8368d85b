package no.treklover.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description at /v3/api-docs. What every operation shares — security, the problem+json errors, the
 * If-Match rule, content types, nullability — is added here by rule ({@link ApiDescriptionRules},
 * {@link NullableComponents}), so controllers only say what is particular to them.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";

    @Bean
    OpenAPI trekloverApi() {
        return new OpenAPI().info(new Info()
                        .title("Trekløver API")
                        .version("v1")
                        .description("Inclusion processes with a mentor at the workplace (the hybrid model). "
                                + "Errors are application/problem+json; invalid fields are listed under 'errors' by "
                                + "their JSON property. Changes require If-Match with the ETag of the version you "
                                + "read."))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The demo run's users (username and password)"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("An access token from the configured OpenID Connect issuer")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OperationCustomizer ifMatchRequired() {
        return ApiDescriptionRules::requireIfMatch;
    }

    @Bean
    OpenApiCustomizer apiDescriptionRules() {
        return ApiDescriptionRules::apply;
    }
}
