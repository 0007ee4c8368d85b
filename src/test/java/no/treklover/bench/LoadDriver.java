package no.treklover.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Concurrent clients on their own threads, each calling its action in a loop for a warm-up and then a measured
 * interval; the calls that end inside the measured interval count (so a call slower than the interval still
 * shows). A failed call is counted, not timed.
 */
final class LoadDriver {

    /** One client's work: one call per invocation, {@code n} counting that client's calls. */
    interface Client {

        /** Answers whether the call succeeded. */
        boolean call(int n) throws Exception;
    }

    record Step(double seconds, long calls, long errors, Latencies latencies, String firstError) {

        double perSecond() {
            return latencies.size() / seconds;
        }
    }

    private final Duration warmUp;
    private final Duration measure;

    LoadDriver(Duration warmUp, Duration measure) {
        this.warmUp = warmUp;
        this.measure = measure;
    }

    Step run(List<? extends Client> clients) throws InterruptedException {
        long start = System.nanoTime() + 50_000_000L;
        long measureFrom = start + warmUp.toNanos();
        long measureUntil = measureFrom + measure.toNanos();
        List<Latencies> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(clients.size());
        List<Thread> threads = new ArrayList<>();
        for (Client client : clients) {
            Latencies own = new Latencies();
            latencies.add(own);
            threads.add(new Thread(() -> {
                try {
                    loop(client, own, start, measureFrom, measureUntil, errors, firstError);
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + threads.size()));
        }
        threads.forEach(Thread::start);
        done.await();
        Latencies merged = Latencies.merge(latencies);
        return new Step(measure.toNanos() / 1e9, merged.size() + errors.get(), errors.get(), merged, firstError.get());
    }

    private static void loop(Client client, Latencies own, long start, long measureFrom, long measureUntil,
            AtomicLong errors, AtomicReference<String> firstError) {
        while (System.nanoTime() < start) {
            Thread.onSpinWait();
        }
        int n = 0;
        for (long began = System.nanoTime(); began < measureUntil; began = System.nanoTime()) {
            boolean ok;
            String failure = null;
            try {
                ok = client.call(n++);
            } catch (Exception e) {
                ok = false;
                failure = e.toString();
            }
            long ended = System.nanoTime();
            long took = ended - began;
            if (ended >= measureFrom && ended <= measureUntil) {
                if (ok) {
                    own.add(took);
                } else {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, failure == null ? "unexpected answer" : failure);
                }
            }
        }
    }
}
