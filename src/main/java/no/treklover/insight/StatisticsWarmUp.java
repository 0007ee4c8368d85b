package no.treklover.insight;

import java.time.Duration;
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
 * own figures; that several do is harmless (each counts once per interval, reading only). Off when figures are not
 * kept ({@code treklover.statistics.cache-ttl} 0s, as in the tests).
 */
@Component
class StatisticsWarmUp {

    private static final Logger log = LoggerFactory.getLogger(StatisticsWarmUp.class);

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

    StatisticsWarmUp(StatisticsService statistics, StatisticsProperties properties, Executors executors) {
        this.statistics = statistics;
        this.properties = properties;
        this.executors = executors;
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

    void warm() {
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
