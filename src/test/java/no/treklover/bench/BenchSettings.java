package no.treklover.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's knobs, from system properties ({@code mvn verify -Pbenchmark -Dbench.scale=0.05 …}).
 *
 * @param scale share of BRIEF §7's national volumes ({@code bench.scale}, 1.0)
 * @param connections concurrent clients per step ({@code bench.connections}, "1,10,50")
 * @param warmUp unmeasured seconds before each step ({@code bench.warmUpSeconds}, 5)
 * @param measure measured seconds of each step ({@code bench.measureSeconds}, 10)
 * @param enforceTargets fail the run when a page misses a ratio target ({@code bench.enforceTargets}, false:
 *     report only; the hard invariants always fail it)
 * @param importRows enheter in the import benchmark ({@code bench.importRows}, 1 000 000; 0 leaves it out)
 * @param pages whether the pages are measured ({@code bench.pages}, true; false: the import alone)
 */
record BenchSettings(double scale, List<Integer> connections, Duration warmUp, Duration measure,
        boolean enforceTargets, int importRows, boolean pages) {

    /** Targets hold at these connection counts: throughput ≥ 0.7 × SQL-only, p95 ≤ 2 × SQL-only's. */
    static final List<Integer> TARGET_CONNECTIONS = List.of(1, 10);
    static final double MIN_THROUGHPUT_RATIO = 0.7;
    static final double MAX_P95_RATIO = 2.0;

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                Double.parseDouble(System.getProperty("bench.scale", "1.0")),
                Arrays.stream(System.getProperty("bench.connections", "1,10,50").split(","))
                        .map(String::strip).map(Integer::valueOf).toList(),
                Duration.ofSeconds(Long.getLong("bench.warmUpSeconds", 5)),
                Duration.ofSeconds(Long.getLong("bench.measureSeconds", 10)),
                Boolean.getBoolean("bench.enforceTargets"),
                Integer.getInteger("bench.importRows", 1_000_000),
                Boolean.parseBoolean(System.getProperty("bench.pages", "true")));
    }

    int maxConnections() {
        return connections.stream().mapToInt(Integer::intValue).max().orElse(1);
    }
}
