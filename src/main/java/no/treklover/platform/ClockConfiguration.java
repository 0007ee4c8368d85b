package no.treklover.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** One clock for all date logic, so tests can pin "today". */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
