package no.treklover.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.validation.DateRanges;

/** The period a dashboard counts, both days included; by default the twelve months up to today. */
record StatisticsPeriod(LocalDate from, LocalDate to) {

    static StatisticsPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
        List<Violation> violations = new ArrayList<>();
        DateRanges.check(start, "from", violations);
        DateRanges.check(end, "to", violations);
        if (violations.isEmpty() && end.isBefore(start)) {
            violations.add(new Violation("to", "insight.period.toBeforeFrom"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return new StatisticsPeriod(start, end);
    }
}
