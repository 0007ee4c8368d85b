package no.treklover.platform.validation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import no.treklover.platform.errors.RuleViolationException.Violation;

/**
 * The dates a field may hold, one rule for every form and endpoint, so "0001-01-01" or "+99999-01-01" never reaches a
 * column, a calendar or a calculation. The dates of the work itself (processes, measures, agreements, meetings,
 * action items, contacts, the mentor's log) lie in the years 2000–2100 ({@code validation.dateRange}); a birth date
 * comes from the national id, whose own check bounds it. A field with a tighter rule (not in the future, within the
 * agreement) checks that as well.
 */
public final class DateRanges {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private DateRanges() {
    }

    /** True for a date of the work outside 2000–2100; null is left to the required-field checks. */
    public static boolean outside(LocalDate date) {
        return date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST));
    }

    public static boolean outside(LocalDateTime time) {
        return time != null && outside(time.toLocalDate());
    }

    /** By the Oslo calendar day, so an offset cannot move a time across the bounds. */
    public static boolean outside(OffsetDateTime time) {
        return time != null && outside(time.atZoneSameInstant(OSLO).toLocalDate());
    }

    /** Adds the field's violation when its date is outside 2000–2100; tells whether it did. */
    public static boolean check(LocalDate date, String field, List<Violation> violations) {
        if (outside(date)) {
            violations.add(new Violation(field, "validation.dateRange"));
            return true;
        }
        return false;
    }

    public static boolean check(OffsetDateTime time, String field, List<Violation> violations) {
        if (outside(time)) {
            violations.add(new Violation(field, "validation.dateRange"));
            return true;
        }
        return false;
    }
}
