package no.treklover;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TrekloverApplication {

    public static void main(String[] args) {
        // A command that imports and exits listens on no port (the web context is built, its server never opens).
        if (java.util.Arrays.stream(args).anyMatch(arg -> arg.startsWith("--import-employers"))) {
            args = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of(
                    "--server.port=-1")).toArray(String[]::new);
        }
        SpringApplication.run(TrekloverApplication.class, args);
    }
}
