package no.treklover.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts the default period's statistics (the twelve months up to today, what every dashboard opens on) ahead of
 * the viewers: once when the application is ready, on a thread of its own so that start-up does not wait, and then
 * every quarter of the time to live, so that each figure is looked at in the second half of its life and counted
 * again there ({@link SuppressedTables} refreshes ahead) before it can expire under a viewer. Each node warms its
 * own figures, but only while someone uses them: after {@link #KEEP_WARM} without a dashboard opened on this node it
 * stops, since every refresh recounts the nation's processes, and an idle node (at night, or one of many behind the
 * load balancer) would otherwise do so every half TTL for nobody. Off when figures are not kept
 * ({@code treklover.statistics.cache-ttl} 0s, as in the tests).
 */
@Component
class StatisticsWarmUp {

    private static final Logger log = LoggerFactory.getLogger(StatisticsWarmUp.class);

    /** How long after the last view on this node the figures are still counted ahead. */
    static final Duration KEEP_WARM = Duration.ofHours(1);

    /** The one thread that counts ahead: the warm-up and the refreshes of viewed figures, one at a time. */
    @Component
    static class Executors implements DisposableBean {

        private final ScheduledExecutorService thread = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
                runnable -> {
                    Thread t = new Thread(runnable, "statistics-ahead");
                    t.setDaemon(true);
                    t.setPriority(Thread.NORM_PRIORITY - 1);
                    return t;
                });

        Executor refresh() {
            return thread;
        }

        ScheduledExecutorService scheduler() {
            return thread;
        }

        @Override
        public void destroy() {
            thread.shutdownNow();
        }
    }

    private final StatisticsService statistics;
    private final StatisticsProperties properties;
    private final Executors executors;
    private final Clock clock;

    StatisticsWarmUp(StatisticsService statistics, StatisticsProperties properties, Executors executors, Clock clock) {
        this.statistics = statistics;
        this.properties = properties;
        this.executors = executors;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Duration interval = properties.cacheTtl().dividedBy(4);
        if (interval.toMillis() < 1) {
            return;
        }
        executors.scheduler().scheduleWithFixedDelay(this::warm, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private boolean warmedOnce;

    /** Counts at start-up, and afterwards only while a dashboard was opened within {@link #KEEP_WARM}. */
    static boolean due(boolean warmedOnce, Optional<Instant> lastViewed, Instant now) {
        return !warmedOnce || lastViewed.filter(viewed -> viewed.plus(KEEP_WARM).isAfter(now)).isPresent();
    }

    void warm() {
        if (!due(warmedOnce, statistics.lastViewed(), clock.instant())) {
            return;
        }
        long started = System.nanoTime();
        try {
            statistics.warmDefaultPeriod();
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (warmedOnce) {
                log.debug("statistics of the default period looked at ahead in {} ms", millis);
            } else {
                log.info("statistics of the default period counted ahead in {} ms", millis);
                warmedOnce = true;
            }
        } catch (RuntimeException e) {
            // the next round tries again; a viewer meanwhile counts what she needs herself
            log.warn("could not count the statistics ahead: {}", e.toString());
        }
    }
}
