package no.treklover.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import no.treklover.insight.suppression.TieredSuppression;
import org.junit.jupiter.api.Test;

/** A suppressed table is computed once per time to live and shared, and anything else in its key computes anew. */
class SuppressedTablesTest {

    private static final StatisticsPeriod PERIOD = new StatisticsPeriod(LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31));
    private static final Map<String, String> OFFICES = Map.of("0301", "Oslo", "4601", "Vestland");

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger computed = new AtomicInteger();

    private SuppressedTables tables(Duration ttl) {
        return new SuppressedTables(new StatisticsProperties(ttl, 100), nanos::get);
    }

    private Supplier<TieredSuppression> counting(Map<String, String> offices) {
        return () -> {
            computed.incrementAndGet();
            return TieredSuppression.of(List.of("a", "b"), offices, Map.of());
        };
    }

    @Test
    void aTableIsComputedOnceWithinItsTimeToLiveAndAgainAfterIt() {
        SuppressedTables tables = tables(Duration.ofMinutes(10));
        TieredSuppression first = tables.get(Breakdown.OUTCOME, PERIOD, OFFICES, counting(OFFICES));
        nanos.addAndGet(Duration.ofMinutes(9).toNanos());
        assertThat(tables.get(Breakdown.OUTCOME, PERIOD, OFFICES, counting(OFFICES))).isSameAs(first);
        assertThat(computed).hasValue(1);

        nanos.addAndGet(Duration.ofMinutes(2).toNanos());
        assertThat(tables.get(Breakdown.OUTCOME, PERIOD, OFFICES, counting(OFFICES))).isNotSameAs(first);
        assertThat(computed).hasValue(2);
    }

    @Test
    void aTableViewedInTheSecondHalfOfItsLifeIsCountedAgainAheadAndNeverExpiresUnderAViewer() {
        java.util.Queue<Runnable> behind = new java.util.concurrent.ConcurrentLinkedQueue<>();
        SuppressedTables tables = new SuppressedTables(new StatisticsProperties(Duration.ofMinutes(10), 100),
                nanos::get, behind::add);
        TieredSuppression first = tables.get(Breakdown.OUTCOME, PERIOD, OFFICES, counting(OFFICES));
        nanos.addAndGet(Duration.ofMinutes(4).toNanos());
        assertThat(tables.get(Breakdown.OUTCOME, PERIOD, OFFICES, counting(OFFICES))).isSameAs(first);
        assertThat(computed).hasValue(1);

        // at six minutes the view gets the table it has, and the table is counted again behind it
        nanos.addAndGet(Duration.ofMinutes(2).toNanos());
        assertThat(tables.get(Breakdown.OUTCOME, PERIOD, OFFICES, counting(OFFICES))).isSameAs(first);
        assertThat(computed).hasValue(1);
        // what was put behind it (the count, and the cache's own housekeeping) runs
        for (Runnable task = behind.poll(); task != null; task = behind.poll()) {
            task.run();
        }
        assertThat(computed).hasValue(2);
        TieredSuppression second = tables.get(Breakdown.OUTCOME, PERIOD, OFFICES, counting(OFFICES));
        assertThat(second).isNotSameAs(first);

        // ten and a half minutes after the first count: the refreshed table lives on, nobody waits for a count
        nanos.addAndGet(Duration.ofSeconds(270).toNanos());
        assertThat(tables.get(Breakdown.OUTCOME, PERIOD, OFFICES, counting(OFFICES))).isSameAs(second);
        for (Runnable task = behind.poll(); task != null; task = behind.poll()) {
            task.run();
        }
        assertThat(computed).hasValue(2);
    }

    @Test
    void thePhaseMediansAreKeptPerPeriodBesideTheTables() {
        SuppressedTables tables = tables(Duration.ofMinutes(10));
        AtomicInteger counted = new AtomicInteger();
        Supplier<Map<String, Long[]>> medians = () -> {
            counted.incrementAndGet();
            return Map.of();
        };
        Map<String, Long[]> first = tables.figure(SuppressedTables.PHASE_MEDIANS, PERIOD, OFFICES, medians);
        tables.get(Breakdown.OUTCOME, PERIOD, OFFICES, counting(OFFICES));
        assertThat(tables.figure(SuppressedTables.PHASE_MEDIANS, PERIOD, OFFICES, medians)).isSameAs(first);
        tables.figure(SuppressedTables.PHASE_MEDIANS, new StatisticsPeriod(PERIOD.from(), PERIOD.to().minusDays(1)),
                OFFICES, medians);
        assertThat(counted).hasValue(2);
        assertThat(computed).hasValue(1);
    }

    @Test
    void anotherTablePeriodOrSetOfOfficesIsItsOwnEntry() {
        SuppressedTables tables = tables(Duration.ofMinutes(10));
        tables.get(Breakdown.OUTCOME, PERIOD, OFFICES, counting(OFFICES));
        tables.get(Breakdown.INITIATIVE, PERIOD, OFFICES, counting(OFFICES));
        tables.get(Breakdown.OUTCOME, new StatisticsPeriod(PERIOD.from(), PERIOD.to().minusDays(1)), OFFICES,
                counting(OFFICES));
        Map<String, String> withANewOffice = Map.of("0301", "Oslo", "4601", "Vestland", "4602", "Vestland");
        TieredSuppression withIt = tables.get(Breakdown.OUTCOME, PERIOD, withANewOffice, counting(withANewOffice));

        assertThat(computed).hasValue(4);
        assertThat(withIt.offices("Vestland")).contains("4602");
    }

    @Test
    void zeroTimeToLiveComputesEveryView() {
        SuppressedTables tables = tables(Duration.ZERO);
        tables.get(Breakdown.OUTCOME, PERIOD, OFFICES, counting(OFFICES));
        tables.get(Breakdown.OUTCOME, PERIOD, OFFICES, counting(OFFICES));
        assertThat(computed).hasValue(2);
    }

    @Test
    void viewsArrivingWhileATableIsComputedWaitForItInsteadOfComputingItAgain() throws Exception {
        SuppressedTables tables = tables(Duration.ofMinutes(10));
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<TieredSuppression> slow = () -> {
            computing.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return counting(OFFICES).get();
        };
        ExecutorService views = Executors.newFixedThreadPool(8);
        try {
            Future<TieredSuppression> first = views.submit(() -> tables.get(Breakdown.OUTCOME, PERIOD, OFFICES, slow));
            computing.await(10, TimeUnit.SECONDS);
            CountDownLatch asking = new CountDownLatch(7);
            List<Future<TieredSuppression>> others = IntStream.range(0, 7).mapToObj(i -> views.submit(() -> {
                asking.countDown();
                return tables.get(Breakdown.OUTCOME, PERIOD, OFFICES, slow);
            })).toList();
            asking.await(10, TimeUnit.SECONDS);
            Thread.sleep(200); // let them reach the cache while the first is still computing
            release.countDown();
            for (Future<TieredSuppression> other : others) {
                assertThat(other.get(10, TimeUnit.SECONDS)).isSameAs(first.get(10, TimeUnit.SECONDS));
            }
        } finally {
            views.shutdownNow();
        }
        assertThat(computed).hasValue(1);
    }
}
