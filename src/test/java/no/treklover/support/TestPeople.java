package no.treklover.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import no.treklover.identifiers.NationalId;
import no.treklover.identifiers.OrganisationNumber;

/** Fresh synthetic national ids for tests, never clashing with the demo data or each other. */
public final class TestPeople {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 500));
    private static final AtomicInteger ORG_SEQUENCE = new AtomicInteger();

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

    /** A fresh valid organisation number (9 digits, mod 11) in a range the demo data does not use. */
    public static String newOrgNumber() {
        while (true) {
            int n = ORG_SEQUENCE.incrementAndGet() * 7919 + (int) (System.nanoTime() % 100_000);
            var number = OrganisationNumber.withControlDigit(String.valueOf(90_000_000 + Math.floorMod(n, 9_000_000)));
            if (number.isPresent()) {
                return number.get();
            }
        }
    }
}
