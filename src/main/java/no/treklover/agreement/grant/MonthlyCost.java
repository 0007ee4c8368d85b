package no.treklover.agreement.grant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The employer's monthly cost of the mentor's hours, which the grant covers in full (100 %), by NAV's rule:
 * lønn = hourly × hours; feriepenger = rate × lønn; OTP = rate × (lønn + feriepenger);
 * AGA = rate × (lønn + feriepenger + OTP); total = floor(lønn) + round_half_up(feriepenger + OTP + AGA).
 * <p>
 * The parts are kept exact (BigDecimal multiplication does not round); only the total is rounded, exactly as the
 * rule says. {@link #display(BigDecimal)} gives a part with two decimals (HALF_UP) for showing it.
 *
 * @param salary lønn, exact
 * @param holidayPay feriepenger, exact
 * @param pension OTP (obligatorisk tjenestepensjon), exact
 * @param employerTax AGA (arbeidsgiveravgift), exact
 * @param total the monthly total in whole kroner, and so the monthly grant
 */
public record MonthlyCost(BigDecimal salary, BigDecimal holidayPay, BigDecimal pension, BigDecimal employerTax,
        BigDecimal total) {

    /**
     * @param hourlyWage the hourly wage to use; callers pass the whole-krone wage ({@link HourlyWage#wholeKroner()})
     *     so the cost agrees with the hourly wage shown in the agreement (see {@link #of(HourlyWage, BigDecimal,
     *     BigDecimal, BigDecimal, BigDecimal)})
     */
    public static MonthlyCost of(BigDecimal hourlyWage, BigDecimal hoursPerMonth, BigDecimal holidayPayRate,
            BigDecimal pensionRate, BigDecimal employerTaxRate) {
        Objects.requireNonNull(hourlyWage, "hourlyWage");
        Objects.requireNonNull(hoursPerMonth, "hoursPerMonth");
        Objects.requireNonNull(holidayPayRate, "holidayPayRate");
        Objects.requireNonNull(pensionRate, "pensionRate");
        Objects.requireNonNull(employerTaxRate, "employerTaxRate");
        BigDecimal salary = hourlyWage.multiply(hoursPerMonth);
        BigDecimal holidayPay = holidayPayRate.multiply(salary);
        BigDecimal pension = pensionRate.multiply(salary.add(holidayPay));
        BigDecimal employerTax = employerTaxRate.multiply(salary.add(holidayPay).add(pension));
        BigDecimal total = salary.setScale(0, RoundingMode.FLOOR)
                .add(holidayPay.add(pension).add(employerTax).setScale(0, RoundingMode.HALF_UP));
        return new MonthlyCost(salary, holidayPay, pension, employerTax, total);
    }

    /**
     * The monthly cost from the hourly wage rounded to whole kroner. Decision: the cost is computed from the
     * whole-krone hourly wage, not the scale-10 one, because that is the hourly wage the parties see and sign in
     * the agreement (308 kr/h), and so "hourly × hours" can be checked by hand from the figures shown; NAV's own
     * worked example also starts from a whole-krone wage (300 kr/h).
     */
    public static MonthlyCost of(HourlyWage hourlyWage, BigDecimal hoursPerMonth, BigDecimal holidayPayRate,
            BigDecimal pensionRate, BigDecimal employerTaxRate) {
        return of(hourlyWage.wholeKroner(), hoursPerMonth, holidayPayRate, pensionRate, employerTaxRate);
    }

    /** A part for display: two decimals, HALF_UP. */
    public static BigDecimal display(BigDecimal part) {
        return part.setScale(2, RoundingMode.HALF_UP);
    }
}
