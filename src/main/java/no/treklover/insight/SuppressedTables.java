package no.treklover.insight;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.Map;
import java.util.function.Supplier;
import no.treklover.insight.suppression.TieredSuppression;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The tables suppressed over the whole hierarchy, kept for a while. A table is the same for every user (each view
 * publishes a unit's row alike), and computing it means counting every process of the period nationwide and
 * suppressing every county, which costs far more than a page may. So one view computes it and the others within
 * {@link StatisticsProperties#cacheTtl()} are shown the same figures; views arriving while it is computed wait for
 * it rather than compute it again. The key holds the offices and their counties, so a new or moved office is
 * counted at once. Each node keeps its own tables: two nodes may differ by up to the time to live.
 */
@Component
class SuppressedTables {

    private record Key(Breakdown breakdown, StatisticsPeriod period, Map<String, String> countyOfOffice) {
    }

    private final Cache<Key, TieredSuppression> cache;

    @Autowired
    SuppressedTables(StatisticsProperties properties) {
        this(properties, Ticker.systemTicker());
    }

    SuppressedTables(StatisticsProperties properties, Ticker ticker) {
        this.cache = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(properties.cacheTtl())
                .maximumSize(properties.cacheSize()).build();
    }

    TieredSuppression get(Breakdown breakdown, StatisticsPeriod period, Map<String, String> countyOfOffice,
            Supplier<TieredSuppression> compute) {
        return cache.get(new Key(breakdown, period, Map.copyOf(countyOfOffice)), key -> compute.get());
    }
}
