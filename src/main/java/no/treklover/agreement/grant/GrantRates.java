package no.treklover.agreement.grant;

import java.math.BigDecimal;
import java.util.List;

/** The rates and limits NAV allows in a mentor agreement's calculation (decimal fractions). */
public final class GrantRates {

    /** Holiday-pay rates offered: 0, 10.2, 12, 12.5, 14.3 %. */
    public static final List<BigDecimal> HOLIDAY_PAY_RATES = decimals("0", "0.102", "0.12", "0.125", "0.143");
    /** Employer's contribution (AGA) rates: 0, 5.1, 6.4, 7.9, 10.6, 14.1 %. */
    public static final List<BigDecimal> EMPLOYER_TAX_RATES =
            decimals("0", "0.051", "0.064", "0.079", "0.106", "0.141");
    /** OTP is free between 0 and 1; above this a warning, not an error. */
    public static final BigDecimal PENSION_RATE_WARNING_ABOVE = new BigDecimal("0.25");
    /** Hours per month are 0–999; above this a warning. */
    public static final BigDecimal HOURS_WARNING_ABOVE = new BigDecimal("173.3");
    /** The longest agreement (spesielt tilpasset, varig tilpasset, gradert): end ≤ start + 36 months − 1 day. */
    public static final int MAX_MONTHS = 36;

    private GrantRates() {
    }

    public static boolean isHolidayPayRate(BigDecimal rate) {
        return in(HOLIDAY_PAY_RATES, rate);
    }

    public static boolean isEmployerTaxRate(BigDecimal rate) {
        return in(EMPLOYER_TAX_RATES, rate);
    }

    /** Compared by value, so 0.12 and 0.120 are the same rate. */
    private static boolean in(List<BigDecimal> allowed, BigDecimal rate) {
        return rate != null && allowed.stream().anyMatch(a -> a.compareTo(rate) == 0);
    }

    private static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
