package no.treklover.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data and demo users. {@code enabled} is "true", "false" or blank; blank means "only with the embedded
 * database", so a real (external) database never gets demo users unless TREKLOVER_DEMO=true says so.
 */
@ConfigurationProperties("treklover.demo")
public record DemoProperties(String enabled, @DefaultValue("300") int extraProcesses) {

    public DemoProperties {
        enabled = enabled == null ? "" : enabled.strip();
        if (!enabled.isEmpty() && !enabled.equalsIgnoreCase("true") && !enabled.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("treklover.demo.enabled (TREKLOVER_DEMO) must be true, false or blank");
        }
        if (extraProcesses < 0) {
            throw new IllegalArgumentException("treklover.demo.extra-processes must be 0 or more");
        }
    }
}
