package no.treklover.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI trekloverApi() {
        return new OpenAPI().info(new Info()
                .title("Trekløver API")
                .version("v1")
                .description("Inclusion processes with a mentor at the workplace (the hybrid model). "
                        + "Errors are application/problem+json; invalid fields are listed under 'errors' by their "
                        + "JSON property. Changes require If-Match with the ETag of the version you read."));
    }
}
