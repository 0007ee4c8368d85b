package no.treklover.agreement.grant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits an agreement into grant periods, one per calendar month from the start date to the end date (both
 * inclusive). A whole calendar month gets the monthly amount; a part month gets
 * days × monthly amount / 30.4375 (NAV's "whole months × amount + days × amount / 30.4375" with no whole month in
 * it), computed exactly and rounded once, HALF_UP, to whole kroner. Each period is rounded on its own, so the
 * periods add up to what is paid.
 */
public final class GrantPeriods {

    /** The average number of days in a month (365.25 / 12). */
    public static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

    private GrantPeriods() {
    }

    public static List<GrantPeriod> of(LocalDate startDate, LocalDate endDate, BigDecimal monthlyAmount) {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(monthlyAmount, "monthlyAmount");
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("endDate " + endDate + " is before startDate " + startDate);
        }
        List<GrantPeriod> periods = new ArrayList<>();
        LocalDate from = startDate;
        while (!from.isAfter(endDate)) {
            LocalDate monthStart = from.withDayOfMonth(1);
            LocalDate monthEnd = from.with(TemporalAdjusters.lastDayOfMonth());
            LocalDate to = endDate.isBefore(monthEnd) ? endDate : monthEnd;
            periods.add(new GrantPeriod(from, to, amount(from, to, monthStart, monthEnd, monthlyAmount)));
            from = monthEnd.plusDays(1);
        }
        return periods;
    }

    private static BigDecimal amount(LocalDate from, LocalDate to, LocalDate monthStart, LocalDate monthEnd,
            BigDecimal monthlyAmount) {
        if (from.equals(monthStart) && to.equals(monthEnd)) {
            return monthlyAmount.setScale(0, RoundingMode.HALF_UP);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return monthlyAmount.multiply(BigDecimal.valueOf(days)).divide(DAYS_PER_MONTH, 0, RoundingMode.HALF_UP);
    }
}
