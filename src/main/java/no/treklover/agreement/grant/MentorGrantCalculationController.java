package no.treklover.agreement.grant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.treklover.agreement.grant.MentorGrantCalculationResponse.Warning;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mentortilskudd calculation as a stateless API: no data is read or stored, so any logged-in party (and NAV's
 * own systems) may call it.
 */
@RestController
@Tag(name = "Mentortilskudd", description = "The mentor grant calculation by NAV's rules")
class MentorGrantCalculationController {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private final MessageSource messages;

    MentorGrantCalculationController(MessageSource messages) {
        this.messages = messages;
    }

    @PostMapping("/api/v1/mentor-grant/calculation")
    @Operation(summary = "Hourly wage, monthly cost and grant (whole kroner), and the grant periods per calendar "
            + "month when startDate and endDate are given")
    MentorGrantCalculationResponse calculate(@Valid @RequestBody MentorGrantCalculationRequest request) {
        HourlyWage hourly = HourlyWage.of(request.payType(), request.amount(), request.positionPercent());
        MonthlyCost cost = MonthlyCost.of(hourly, request.hoursPerMonth(), request.holidayPayRate(),
                request.pensionRate(), request.employerTaxRate());
        List<GrantPeriod> periods = request.hasPeriod()
                ? GrantPeriods.of(request.startDate(), request.endDate(), cost.total())
                : null;
        return new MentorGrantCalculationResponse(hourly.wholeKroner(), MonthlyCost.display(cost.salary()),
                MonthlyCost.display(cost.holidayPay()), MonthlyCost.display(cost.pension()),
                MonthlyCost.display(cost.employerTax()), cost.total(), periods, warnings(request));
    }

    private List<Warning> warnings(MentorGrantCalculationRequest request) {
        List<Warning> warnings = new ArrayList<>();
        if (request.pensionRate().compareTo(GrantRates.PENSION_RATE_WARNING_ABOVE) > 0) {
            warnings.add(warning("PENSION_RATE_HIGH", "pensionRate", "grant.warning.pensionRateHigh"));
        }
        if (request.hoursPerMonth().compareTo(GrantRates.HOURS_WARNING_ABOVE) > 0) {
            warnings.add(warning("HOURS_PER_MONTH_HIGH", "hoursPerMonth", "grant.warning.hoursPerMonthHigh"));
        }
        return warnings;
    }

    private Warning warning(String code, String field, String key) {
        return new Warning(code, field, messages.getMessage(key, null, key, NORWEGIAN));
    }
}
