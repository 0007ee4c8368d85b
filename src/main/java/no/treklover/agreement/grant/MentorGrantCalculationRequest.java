package no.treklover.agreement.grant;

import no.treklover.platform.validation.DateRanges;
import no.treklover.platform.validation.SelfValidating;
import no.treklover.platform.validation.ValidRules;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.treklover.platform.errors.RuleViolationException.Violation;

/**
 * The figures of a mentortilskudd calculation. Rates are decimal fractions (0.141 = 14.1 %). Position percent is
 * required except for hourly pay; start and end date are optional, but go together, and then the answer holds the
 * grant periods. The rules between fields are checked by {@link ValidRules}, so every invalid field is
 * reported in one answer.
 */
@ValidRules
public record MentorGrantCalculationRequest(
        @NotNull(message = "{validation.required}") PayType payType,
        @NotNull(message = "{validation.required}")
        @DecimalMin(value = "0", inclusive = false, message = "{grant.validation.amount}")
        @Digits(integer = 9, fraction = 2, message = "{grant.validation.amount}") BigDecimal amount,
        @DecimalMin(value = "1", message = "{grant.validation.positionPercent}")
        @DecimalMax(value = "100", message = "{grant.validation.positionPercent}")
        @Digits(integer = 3, fraction = 2, message = "{grant.validation.positionPercent}") BigDecimal positionPercent,
        @NotNull(message = "{validation.required}")
        @DecimalMin(value = "0", message = "{grant.validation.hoursPerMonth}")
        @DecimalMax(value = "999", message = "{grant.validation.hoursPerMonth}")
        @Digits(integer = 3, fraction = 2, message = "{grant.validation.hoursPerMonth}") BigDecimal hoursPerMonth,
        @NotNull(message = "{validation.required}") BigDecimal holidayPayRate,
        @NotNull(message = "{validation.required}")
        @DecimalMin(value = "0", message = "{grant.validation.pensionRate}")
        @DecimalMax(value = "1", message = "{grant.validation.pensionRate}")
        @Digits(integer = 1, fraction = 4, message = "{grant.validation.pensionRate}") BigDecimal pensionRate,
        @NotNull(message = "{validation.required}") BigDecimal employerTaxRate,
        LocalDate startDate,
        LocalDate endDate) implements SelfValidating {

    /** The rules between fields and against NAV's lists; each on the field to correct. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (payType != null && !payType.isHourly() && positionPercent == null) {
            violations.add(new Violation("positionPercent", "grant.validation.positionPercentRequired"));
        }
        if (holidayPayRate != null && !GrantRates.isHolidayPayRate(holidayPayRate)) {
            violations.add(new Violation("holidayPayRate", "grant.validation.holidayPayRate"));
        }
        if (employerTaxRate != null && !GrantRates.isEmployerTaxRate(employerTaxRate)) {
            violations.add(new Violation("employerTaxRate", "grant.validation.employerTaxRate"));
        }
        boolean startOk = checkYear(startDate, "startDate", violations);
        boolean endOk = checkYear(endDate, "endDate", violations);
        if (startDate == null && endDate != null) {
            violations.add(new Violation("startDate", "grant.validation.startDateRequired"));
        } else if (startDate != null && endDate == null) {
            violations.add(new Violation("endDate", "grant.validation.endDateRequired"));
        } else if (startDate != null && startOk && endOk) {
            if (endDate.isBefore(startDate)) {
                violations.add(new Violation("endDate", "grant.validation.endBeforeStart"));
            } else if (!endDate.isBefore(startDate.plusMonths(GrantRates.MAX_MONTHS))) {
                violations.add(new Violation("endDate", "grant.validation.tooLong"));
            }
        }
        return violations;
    }

    public boolean hasPeriod() {
        return startDate != null && endDate != null;
    }

    private static boolean checkYear(LocalDate date, String field, List<Violation> violations) {
        return !DateRanges.check(date, field, violations);
    }
}
