package no.treklover.agreement.grant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The mentor's hourly wage by NAV's rule: amount ÷ (1950 / periods per year) × (100 / stillingsprosent), at scale
 * 10, HALF_UP; hourly pay as entered. The formula is evaluated as one division,
 * amount × periods × 100 / (1950 × stillingsprosent), so there is a single rounding (the intermediate
 * 1950 / periods is exact for every pay type anyway). Shown, and used in the monthly cost, rounded to whole kroner
 * ({@link #wholeKroner()}).
 *
 * @param exact the hourly wage at scale 10
 */
public record HourlyWage(BigDecimal exact) {

    public static final int SCALE = 10;
    public static final BigDecimal HOURS_PER_YEAR = BigDecimal.valueOf(1950);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public HourlyWage {
        Objects.requireNonNull(exact, "exact");
    }

    /**
     * @param positionPercent stillingsprosent, 1–100; ignored (may be null) for {@link PayType#TIMELONN}
     */
    public static HourlyWage of(PayType payType, BigDecimal amount, BigDecimal positionPercent) {
        Objects.requireNonNull(payType, "payType");
        Objects.requireNonNull(amount, "amount");
        if (payType.isHourly()) {
            return new HourlyWage(amount.setScale(SCALE, RoundingMode.HALF_UP));
        }
        Objects.requireNonNull(positionPercent, "positionPercent");
        if (positionPercent.signum() <= 0) {
            throw new IllegalArgumentException("positionPercent must be positive: " + positionPercent);
        }
        BigDecimal numerator = amount.multiply(BigDecimal.valueOf(payType.periodsPerYear())).multiply(HUNDRED);
        BigDecimal denominator = HOURS_PER_YEAR.multiply(positionPercent);
        return new HourlyWage(numerator.divide(denominator, SCALE, RoundingMode.HALF_UP));
    }

    /** The hourly wage as shown and as used in the monthly cost: whole kroner, HALF_UP. */
    public BigDecimal wholeKroner() {
        return exact.setScale(0, RoundingMode.HALF_UP);
    }
}
