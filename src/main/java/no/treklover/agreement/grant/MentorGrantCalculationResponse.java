package no.treklover.agreement.grant;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * The result of a calculation. hourlyWage and monthlyTotal are whole kroner; salary, holidayPay, pension and
 * employerTax are for display with two decimals (HALF_UP) — the total is computed from their exact values, so it
 * may differ by a krone from a sum of the rounded parts. periods only when start and end date were given.
 */
public record MentorGrantCalculationResponse(
        BigDecimal hourlyWage,
        BigDecimal salary,
        BigDecimal holidayPay,
        BigDecimal pension,
        BigDecimal employerTax,
        BigDecimal monthlyTotal,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<GrantPeriod> periods,
        List<Warning> warnings) {

    /** Something allowed but unusual, worth a second look: a code for machines and a Norwegian text. */
    public record Warning(String code, String field, String message) {
    }
}
