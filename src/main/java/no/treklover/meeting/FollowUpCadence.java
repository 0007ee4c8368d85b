package no.treklover.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;

/**
 * The follow-up cadence (BRIEF §5), as pure code: the first follow-up within one month of the start, then one every
 * N weeks (default 4). The start is the process's start date, or the day it entered Oppstart when it has none. A
 * follow-up counts when a held trekløversamtale, oppfølgingsmøte, rotasjon or evaluering took place on or after the
 * start. Days are Oslo calendar days; a month from 31 January is the last day of February.
 */
public final class FollowUpCadence {

    public static final int DEFAULT_INTERVAL_WEEKS = 4;
    public static final int MIN_INTERVAL_WEEKS = 1;
    public static final int MAX_INTERVAL_WEEKS = 26;

    /**
     * @param start the day the cadence counts from
     * @param lastFollowUp the Oslo day of the latest held follow-up on or after the start, or null
     * @param nextDue the last day the next follow-up may take place
     * @param overdue whether today is after {@code nextDue}
     * @param daysOverdue how many days after {@code nextDue} today is (0 when not overdue)
     */
    public record Status(LocalDate start, LocalDate lastFollowUp, int intervalWeeks, LocalDate nextDue,
            boolean overdue, long daysOverdue) {
    }

    private FollowUpCadence() {
    }

    /** The start date if known, else the Oslo day the process entered Oppstart; empty when neither. */
    public static Optional<LocalDate> start(LocalDate startDate, Instant enteredStartUp, ZoneId zone) {
        if (startDate != null) {
            return Optional.of(startDate);
        }
        return Optional.ofNullable(enteredStartUp).map(at -> at.atZone(zone).toLocalDate());
    }

    public static LocalDate nextDue(LocalDate start, LocalDate lastFollowUp, int intervalWeeks) {
        if (intervalWeeks < MIN_INTERVAL_WEEKS || intervalWeeks > MAX_INTERVAL_WEEKS) {
            throw new IllegalArgumentException("interval " + intervalWeeks + " weeks");
        }
        return lastFollowUp == null ? start.plusMonths(1) : lastFollowUp.plusWeeks(intervalWeeks);
    }

    /** The cadence now, given the instants of the held follow-up meetings (any order; those before start ignored). */
    public static Status evaluate(LocalDate start, Collection<Instant> heldFollowUps, int intervalWeeks, Instant now,
            ZoneId zone) {
        LocalDate last = heldFollowUps.stream()
                .map(at -> at.atZone(zone).toLocalDate())
                .filter(day -> !day.isBefore(start))
                .max(LocalDate::compareTo)
                .orElse(null);
        LocalDate due = nextDue(start, last, intervalWeeks);
        LocalDate today = now.atZone(zone).toLocalDate();
        long late = today.isAfter(due) ? ChronoUnit.DAYS.between(due, today) : 0;
        return new Status(start, last, intervalWeeks, due, late > 0, late);
    }

    /** The interval that applies: the process's own, else the office's, else the default. */
    public static int interval(Integer processWeeks, Integer officeWeeks) {
        if (processWeeks != null) {
            return processWeeks;
        }
        return officeWeeks != null ? officeWeeks : DEFAULT_INTERVAL_WEEKS;
    }
}
