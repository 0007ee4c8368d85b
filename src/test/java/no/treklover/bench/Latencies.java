package no.treklover.bench;

import java.util.Arrays;

/** The latencies one client measured, merged with the others' into percentiles. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int size;

    void add(long value) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = value;
    }

    int size() {
        return size;
    }

    static Latencies merge(Iterable<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies part : parts) {
            for (int i = 0; i < part.size; i++) {
                all.add(part.nanos[i]);
            }
        }
        Arrays.sort(all.nanos, 0, all.size);
        return all;
    }

    /** The p-th percentile in milliseconds (nearest rank) of merged, sorted latencies; NaN when none. */
    double percentileMs(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * size) - 1;
        return nanos[Math.max(0, Math.min(size - 1, index))] / 1_000_000.0;
    }
}
