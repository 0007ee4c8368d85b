package no.treklover.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import no.treklover.identifiers.NationalId;

/** Fresh synthetic national ids for tests, never clashing with the demo data or each other. */
public final class TestPeople {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 500));

    private TestPeople() {
    }

    public static String newNationalId() {
        while (true) {
            int n = NEXT.incrementAndGet();
            LocalDate birth = LocalDate.of(1970 + n % 30, 1 + n % 12, 1 + n % 28);
            try {
                return NationalId.synthetic(birth, 100 + (n * 7) % 400);
            } catch (IllegalArgumentException badControlDigit) {
                // try the next individual number
            }
        }
    }
}
