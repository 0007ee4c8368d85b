package no.treklover.insight;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a statistics table, suppressed over the whole hierarchy, is kept and shown to everyone before it is
 * computed again ({@code cacheTtl}; zero computes it for every view), and how many tables and periods are kept at most.
 */
@ConfigurationProperties("treklover.statistics")
public record StatisticsProperties(@DefaultValue("10m") Duration cacheTtl, @DefaultValue("500") int cacheSize) {

    public StatisticsProperties {
        if (cacheTtl.isNegative() || cacheSize < 1) {
            throw new IllegalArgumentException(
                    "treklover.statistics: cache-ttl must be zero or more and cache-size 1 or more");
        }
    }
}
