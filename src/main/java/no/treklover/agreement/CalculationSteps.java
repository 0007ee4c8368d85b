package no.treklover.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.treklover.agreement.grant.GrantPeriod;
import no.treklover.agreement.grant.GrantPeriods;
import no.treklover.agreement.grant.GrantRates;
import no.treklover.agreement.grant.HourlyWage;
import no.treklover.agreement.grant.MonthlyCost;
import no.treklover.agreement.grant.PayType;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.text.NorwegianFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mentortilskudd calculation step by step for the agreement page, with each formula and its numbers in
 * Norwegian formatting. It uses the grant classes ({@link HourlyWage}, {@link MonthlyCost}, {@link GrantPeriods})
 * exactly as the API's calculation does ({@link AgreementViews#calculation}), so the numbers are the same; what is
 * missing or unusable is listed instead of failing.
 */
@Component
public class CalculationSteps {

    static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    private static final char NBSP = '\u00a0';
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_PERIODS = 40;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", NORWEGIAN);

    private final MessageSource messages;

    CalculationSteps(MessageSource messages) {
        this.messages = messages;
    }

    /** A rate in a select: its value as sent, its label in percent. */
    public record RateOption(BigDecimal rate, String value, String label) {

        public boolean is(BigDecimal other) {
            return other != null && rate.compareTo(other) == 0;
        }
    }

    /** One step: what it is, the formula with the numbers, and the result. */
    public record Step(String label, String formula, String result) {
    }

    public record Period(String month, String from, String to, String amount) {
    }

    /**
     * @param missing what must be filled in (or corrected) before the monthly sum can be computed; empty when done
     * @param periodsMissing why the periods cannot be shown yet, or null
     */
    public record View(List<String> missing, List<Step> steps, String monthlyTotal, List<Period> periods,
            String periodsTotal, String periodsMissing, List<String> warnings) {

        public boolean complete() {
            return missing.isEmpty();
        }
    }

    View of(AgreementContent c) {
        List<String> missing = new ArrayList<>();
        PayType payType = c.payType();
        if (payType == null) {
            missing.add(label("payType"));
        }
        if (c.payAmount() == null || c.payAmount().signum() <= 0) {
            missing.add(label("payAmount"));
        }
        if (payType != null && !payType.isHourly() && (c.positionPercent() == null
                || c.positionPercent().signum() <= 0 || c.positionPercent().compareTo(HUNDRED) > 0)) {
            missing.add(label("positionPercent"));
        }
        if (c.hoursPerMonth() == null || c.hoursPerMonth().signum() < 0
                || c.hoursPerMonth().compareTo(AgreementRules.HOURS_MAX) > 0) {
            missing.add(label("hoursPerMonth"));
        }
        if (!GrantRates.isHolidayPayRate(c.holidayPayRate())) {
            missing.add(label("holidayPayRate"));
        }
        if (c.otpRate() == null || c.otpRate().signum() < 0 || c.otpRate().compareTo(BigDecimal.ONE) > 0) {
            missing.add(label("otpRate"));
        }
        if (!GrantRates.isEmployerTaxRate(c.agaRate())) {
            missing.add(label("agaRate"));
        }
        List<String> warnings = AgreementRules.warnings(c).stream().map(this::text).toList();
        if (!missing.isEmpty()) {
            return new View(missing, List.of(), null, List.of(), null, null, warnings);
        }
        HourlyWage hourly = HourlyWage.of(payType, c.payAmount(), c.positionPercent());
        BigDecimal wage = hourly.wholeKroner();
        MonthlyCost cost = MonthlyCost.of(hourly, c.hoursPerMonth(), c.holidayPayRate(), c.otpRate(), c.agaRate());
        BigDecimal salary = MonthlyCost.display(cost.salary());
        BigDecimal holiday = MonthlyCost.display(cost.holidayPay());
        BigDecimal pension = MonthlyCost.display(cost.pension());
        BigDecimal tax = MonthlyCost.display(cost.employerTax());
        List<Step> steps = new ArrayList<>();
        if (payType.isHourly()) {
            steps.add(new Step(msg("agreementPage.calc.hourly"), msg("agreementPage.calc.hourlyGiven",
                    kroner(c.payAmount())), kroner(wage)));
        } else {
            String exact = money(hourly.exact().setScale(2, RoundingMode.HALF_UP));
            steps.add(new Step(msg("agreementPage.calc.hourly"), msg("agreementPage.calc.hourlyFormula",
                    money(c.payAmount()), number(HourlyWage.HOURS_PER_YEAR), payType.periodsPerYear(),
                    number(c.positionPercent()), exact, msg("agreement.payType." + payType.name()).toLowerCase(NORWEGIAN)),
                    kroner(wage)));
        }
        steps.add(new Step(msg("agreementPage.calc.salary"), msg("agreementPage.calc.salaryFormula", number(wage),
                number(c.hoursPerMonth())), money(salary) + " kr"));
        steps.add(new Step(msg("agreementPage.calc.holidayPay"), msg("agreementPage.calc.holidayPayFormula",
                percent(c.holidayPayRate()), money(salary)), money(holiday) + " kr"));
        steps.add(new Step(msg("agreementPage.calc.pension"), msg("agreementPage.calc.pensionFormula",
                percent(c.otpRate()), money(salary), money(holiday)), money(pension) + " kr"));
        steps.add(new Step(msg("agreementPage.calc.employerTax"), msg("agreementPage.calc.employerTaxFormula",
                percent(c.agaRate()), money(salary), money(holiday), money(pension)), money(tax) + " kr"));
        BigDecimal floorSalary = cost.salary().setScale(0, RoundingMode.FLOOR);
        BigDecimal rest = cost.holidayPay().add(cost.pension()).add(cost.employerTax()).setScale(0, RoundingMode.HALF_UP);
        steps.add(new Step(msg("agreementPage.calc.total"), msg("agreementPage.calc.totalFormula", kroner(floorSalary),
                kroner(rest)), kroner(cost.total())));

        LocalDate start = c.startDate();
        LocalDate end = c.endDate();
        String periodsMissing = null;
        List<Period> periods = new ArrayList<>();
        String periodsTotal = null;
        if (start == null || end == null) {
            periodsMissing = msg("agreementPage.calc.periodsNeedDates");
        } else if (end.isBefore(start)) {
            periodsMissing = msg("agreement.rule.endBeforeStart");
        } else if (ChronoUnit.MONTHS.between(start.withDayOfMonth(1), end.withDayOfMonth(1)) >= MAX_PERIODS) {
            periodsMissing = msg("agreementPage.calc.periodsTooLong");
        } else {
            BigDecimal sum = BigDecimal.ZERO;
            for (GrantPeriod p : GrantPeriods.of(start, end, cost.total())) {
                periods.add(new Period(p.from().format(MONTH), p.from().format(DAY), p.to().format(DAY),
                        kroner(p.amount())));
                sum = sum.add(p.amount());
            }
            periodsTotal = kroner(sum);
        }
        return new View(List.of(), steps, kroner(cost.total()), periods, periodsTotal, periodsMissing, warnings);
    }

    /** Whole kroner: "7 821 kr" (non-breaking space between thousands). */
    static String kroner(BigDecimal amount) {
        return NorwegianFormat.amount(amount.setScale(0, RoundingMode.HALF_UP)) + NBSP + "kr";
    }

    /** An amount in kroner: "6 000", "134,40" ({@link NorwegianFormat#amount}). */
    static String money(BigDecimal amount) {
        return NorwegianFormat.amount(amount);
    }

    /** As few decimals as needed: "20", "173,3", "1 950". */
    public static String number(BigDecimal amount) {
        return NorwegianFormat.number(amount, 10);
    }

    /** A rate as percent: 0.141 → "14,1 %". */
    static String percent(BigDecimal rate) {
        return NorwegianFormat.percent(rate.movePointRight(2));
    }

    /** The rates of a list as a select offers them: the fraction as sent, the label in percent. */
    public static List<RateOption> rateOptions(List<BigDecimal> rates) {
        return rates.stream().map(r -> new RateOption(r, r.toPlainString(), percent(r))).toList();
    }

    private String label(String field) {
        return msg("agreementPage.field." + field);
    }

    private String text(Violation v) {
        return messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), NORWEGIAN);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, NORWEGIAN);
    }
}
