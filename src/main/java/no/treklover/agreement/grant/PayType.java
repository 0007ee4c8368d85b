package no.treklover.agreement.grant;

/**
 * How the mentor's pay is given, with NAV's periods per year (1950 working hours a year are spread over them).
 * Hourly pay (TIMELONN) is used as entered and needs no position percentage.
 */
public enum PayType {
    ARSLONN(1),
    MANEDSLONN(12),
    UKELONN(52),
    DAGSLONN(260),
    TIMELONN(0);

    private final int periodsPerYear;

    PayType(int periodsPerYear) {
        this.periodsPerYear = periodsPerYear;
    }

    /** Periods per year; 0 for {@link #TIMELONN}, which is not converted. */
    public int periodsPerYear() {
        return periodsPerYear;
    }

    public boolean isHourly() {
        return this == TIMELONN;
    }
}
