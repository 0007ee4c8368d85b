package no.treklover.needs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.validation.DateRanges;

/** The attribution report's period: both dates within the work's dates, from not after to. */
final class NeedPeriod {

    private NeedPeriod() {
    }

    static void check(LocalDate from, LocalDate to) {
        List<Violation> violations = new ArrayList<>();
        boolean fromOutside = DateRanges.check(from, "from", violations);
        boolean toOutside = DateRanges.check(to, "to", violations);
        if (!fromOutside && !toOutside && from != null && to != null && from.isAfter(to)) {
            violations.add(new Violation("to", "needs.validation.period"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }
}
