package no.treklover.insight;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import no.treklover.insight.suppression.TieredSuppression;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The tables suppressed over the whole hierarchy, and the phase medians, kept for a while. A table is the same for
 * every user (each view publishes a unit's row alike), and computing it means counting every process of the period
 * nationwide and suppressing every county, which costs far more than a page may. So one view computes it and the
 * others within {@link StatisticsProperties#cacheTtl()} are shown the same figures; views arriving while it is
 * computed wait for it rather than compute it again. The key holds the offices and their counties, so a new or moved
 * office is counted at once. Each node keeps its own tables: two nodes may differ by up to the time to live.
 *
 * <p>With a refresh executor, a figure viewed in the second half of its life is counted again on that executor
 * while the view gets the one it has (Caffeine's {@code refreshAfterWrite}), so a figure that is looked at never
 * expires under a viewer; {@link StatisticsWarmUp} looks at the default period's often enough for that.
 */
@Component
class SuppressedTables {

    /** What a figure is: a {@link Breakdown}'s table, or {@link #PHASE_MEDIANS}. */
    private record Key(Object figure, StatisticsPeriod period, Map<String, String> countyOfOffice) {
    }

    /** The phase medians' place in the cache (they are kept per period like the tables). */
    static final String PHASE_MEDIANS = "PHASE_MEDIANS";

    /** A kept figure with how to count it again (a refresh has only the key and this). */
    private record Entry(Object value, Supplier<?> compute) {
    }

    private final LoadingCache<Key, Entry> cache;

    @Autowired
    SuppressedTables(StatisticsProperties properties, StatisticsWarmUp.Executors executors) {
        this(properties, Ticker.systemTicker(), executors.refresh());
    }

    /** Without refreshing ahead: a figure is kept for its time to live, then counted again by the next view. */
    SuppressedTables(StatisticsProperties properties, Ticker ticker) {
        this(properties, ticker, null);
    }

    /**
     * @param refreshExecutor where a figure in the second half of its life is counted again when viewed; null to
     *     never count ahead
     */
    SuppressedTables(StatisticsProperties properties, Ticker ticker, Executor refreshExecutor) {
        Caffeine<Object, Object> builder = Caffeine.newBuilder().ticker(ticker)
                .expireAfterWrite(properties.cacheTtl()).maximumSize(properties.cacheSize());
        if (refreshExecutor != null && properties.cacheTtl().toNanos() > 1) {
            builder.refreshAfterWrite(properties.cacheTtl().dividedBy(2)).executor(refreshExecutor);
        }
        this.cache = builder.build(new CacheLoader<Key, Entry>() {
            @Override
            public Entry load(Key key) {
                throw new UnsupportedOperationException("a figure is first counted by get(), with its supplier");
            }

            @Override
            public Entry reload(Key key, Entry old) {
                return new Entry(old.compute().get(), old.compute());
            }
        });
    }

    TieredSuppression get(Breakdown breakdown, StatisticsPeriod period, Map<String, String> countyOfOffice,
            Supplier<TieredSuppression> compute) {
        return figure(breakdown, period, countyOfOffice, compute);
    }

    /** Any figure of a period over the offices, kept like the tables. */
    @SuppressWarnings("unchecked")
    <T> T figure(Object figure, StatisticsPeriod period, Map<String, String> countyOfOffice, Supplier<T> compute) {
        return (T) cache.get(new Key(figure, period, Map.copyOf(countyOfOffice)),
                key -> new Entry(compute.get(), compute)).value();
    }
}
