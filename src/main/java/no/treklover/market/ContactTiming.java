package no.treklover.market;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.DateTimeException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.text.NorwegianFormat;
import no.treklover.platform.validation.DateRanges;

/** The calendar rules of the contact log, pure: the warning's window and the week of "contacts due this week". */
public final class ContactTiming {

    private static final Pattern ISO_WEEK = Pattern.compile("([0-9]{4})-W([0-9]{2})");

    private ContactTiming() {
    }

    /** A week, Monday to Sunday (Norway's week, ISO 8601). */
    public record Week(LocalDate monday, LocalDate sunday) {

        public String iso() {
            return String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                    monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }

        public int number() {
            return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        }
    }

    /**
     * What warns before a new contact with an employer: others' contacts since the start of the Oslo day
     * {@code days} days ago (so with 14, a contact 14 calendar days ago warns and one 15 days ago does not), and
     * others' open plans for a day from {@code days} days ago to {@code days} days ahead.
     */
    record WarningWindow(Instant contactedSince, LocalDate plansFrom, LocalDate plansTo) {
    }

    static WarningWindow warningWindow(LocalDate today, int days) {
        LocalDate first = today.minusDays(days);
        return new WarningWindow(first.atStartOfDay(NorwegianFormat.OSLO).toInstant(), first, today.plusDays(days));
    }

    static Week weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Week(monday, monday.plusDays(6));
    }

    /** An ISO week such as {@code 2026-W50}; null or blank is this week; anything else a 400 on {@code week}. */
    static Week week(String iso, LocalDate today) {
        if (iso == null || iso.isBlank()) {
            return weekOf(today);
        }
        Matcher m = ISO_WEEK.matcher(iso.strip());
        if (!m.matches()) {
            throw new RuleViolationException("week", "employerContact.validation.week");
        }
        try {
            LocalDate monday = LocalDate.parse(m.group(1) + "-W" + m.group(2) + "-1", DateTimeFormatter.ISO_WEEK_DATE);
            if (DateRanges.outside(monday)) {
                throw new RuleViolationException("week", "employerContact.validation.week");
            }
            return weekOf(monday);
        } catch (DateTimeException e) {
            throw new RuleViolationException("week", "employerContact.validation.week");
        }
    }
}
