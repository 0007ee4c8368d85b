package no.treklover.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The verification command starts the whole app; on a free port, so it does not clash with a node already
 * serving on the configured one.
 */
@Component
class AuditVerificationPort implements WebServerFactoryCustomizer<ConfigurableWebServerFactory> {

    private final ApplicationArguments arguments;

    AuditVerificationPort(ApplicationArguments arguments) {
        this.arguments = arguments;
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        if (arguments.containsOption(AuditVerificationCommand.OPTION)) {
            factory.setPort(0);
        }
    }
}
