package no.treklover.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import no.treklover.agreement.grant.GrantRates;
import no.treklover.agreement.grant.PayType;
import no.treklover.candidate.EffortGroup;
import no.treklover.identifiers.AccountNumber;
import no.treklover.identifiers.Kid;
import no.treklover.identifiers.NationalId;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.validation.DateRanges;

/**
 * NAV's rules for the content of a mentor agreement (BRIEF §4), pure and without state. Three separate questions:
 * <ul>
 * <li>{@link #missingRequiredFields}: what is not filled in yet (an agreement may be saved half done; the derived
 * status MANGLER_GODKJENNING needs this list to be empty);</li>
 * <li>{@link #check}: whether what <em>is</em> filled in is allowed (empty fields are not reported here);</li>
 * <li>{@link #warnings}: allowed, but unusual values the user should confirm (hours above 173.3, OTP above 25 %).</li>
 * </ul>
 * An agreement may be approved only when both of the first two are empty. The start-date rule ("not more than 7 days
 * in the past") is about drafting and approving; it is not meant for agreements already concluded.
 * Rate lists and warning limits are the grant calculation's ({@link GrantRates}), so both check the same.
 * Field names are the {@link AgreementContent} component names ({@code candidateContact.phone} for nested ones).
 */
public final class AgreementRules {

    public static final int TASKS_MAX_LENGTH = 1000;
    public static final int TEXT_MAX_LENGTH = 4000;
    public static final int NAME_MAX_LENGTH = 100;
    public static final BigDecimal HOURS_MAX = new BigDecimal("999");
    static final int PAY_AMOUNT_PRECISION = 11;
    public static final BigDecimal HOURS_WARNING_ABOVE = GrantRates.HOURS_WARNING_ABOVE;
    public static final BigDecimal OTP_WARNING_ABOVE = GrantRates.PENSION_RATE_WARNING_ABOVE;
    public static final BigDecimal HUNDRED = new BigDecimal("100");
    public static final int MAX_MONTHS_ADAPTED = 36;
    public static final int MAX_MONTHS_OTHER = 6;
    public static final int MIN_AGE = 16;
    public static final int AGE_LIMIT = 72;
    public static final int MAX_DAYS_START_IN_PAST = 7;

    private static final Set<EffortGroup> ADAPTED = Set.of(EffortGroup.SPESIELT_TILPASSET_INNSATS,
            EffortGroup.VARIG_TILPASSET_INNSATS, EffortGroup.GRADERT_VARIG_TILPASSET_INNSATS);
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ]{8,20}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private AgreementRules() {
    }

    /** The longest the agreement may run for this innsatsgruppe: 36 months for the adapted groups, else 6. */
    public static int maxMonths(EffortGroup effortGroup) {
        return effortGroup != null && ADAPTED.contains(effortGroup) ? MAX_MONTHS_ADAPTED : MAX_MONTHS_OTHER;
    }

    /** The latest allowed end date: start + max months − 1 day. */
    public static LocalDate latestEndDate(LocalDate startDate, EffortGroup effortGroup) {
        return startDate.plusMonths(maxMonths(effortGroup)).minusDays(1);
    }

    /** Required fields that are empty, each as {@code validation.required}; empty list = everything filled in. */
    public static List<Violation> missingRequiredFields(AgreementContent c) {
        List<Violation> missing = new ArrayList<>();
        require(c.mentorFirstName(), "mentorFirstName", missing);
        require(c.mentorLastName(), "mentorLastName", missing);
        require(c.mentorPhone(), "mentorPhone", missing);
        require(c.tasks(), "tasks", missing);
        require(c.hoursPerMonth(), "hoursPerMonth", missing);
        require(c.payType(), "payType", missing);
        require(c.payAmount(), "payAmount", missing);
        if (c.payType() == null || !c.payType().isHourly()) {
            require(c.positionPercent(), "positionPercent", missing);
        }
        require(c.startDate(), "startDate", missing);
        require(c.endDate(), "endDate", missing);
        require(c.followUp(), "followUp", missing);
        require(c.adaptation(), "adaptation", missing);
        require(c.holidayPayRate(), "holidayPayRate", missing);
        require(c.otpRate(), "otpRate", missing);
        require(c.agaRate(), "agaRate", missing);
        require(c.accountNumber(), "accountNumber", missing);
        require(c.familyTie(), "familyTie", missing);
        if (Boolean.TRUE.equals(c.familyTie())) {
            require(c.familyTieReason(), "familyTieReason", missing);
        }
        requireContact(c.candidateContact(), "candidateContact", missing);
        requireContact(c.employerContact(), "employerContact", missing);
        requireContact(c.counsellorContact(), "counsellorContact", missing);
        return missing;
    }

    public static boolean allRequiredFilled(AgreementContent c) {
        return missingRequiredFields(c).isEmpty();
    }

    /**
     * Whether the filled-in values are allowed: field formats and ranges, duration, age, start date, innsatsgruppe
     * and mentor ≠ candidate. Empty fields are skipped (see {@link #missingRequiredFields}).
     *
     * @param today today in Oslo
     */
    public static List<Violation> check(AgreementContent c, AgreementContext ctx, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (ctx.effortGroup() == EffortGroup.STANDARD_INNSATS) {
            v.add(new Violation("effortGroup", "agreement.rule.standardEffortGroup"));
        }
        if (c.startDate() != null && c.startDate().isBefore(today.minusDays(MAX_DAYS_START_IN_PAST))) {
            v.add(new Violation("startDate", "agreement.rule.startTooFarInPast", MAX_DAYS_START_IN_PAST));
        }
        checkDates(c, ctx, v);
        checkFields(c, v);
        checkMentorIsNotCandidate(c, ctx, v);
        return v;
    }

    /**
     * The rules for the content of a concluded agreement that the counsellor changes (extends, shortens, new
     * calculation, …): everything {@link #check} asks except what is about drafting — the start may lie any time in
     * the past, since the agreement has long begun — and the innsatsgruppe, which was decided at conclusion.
     */
    public static List<Violation> checkAmendment(AgreementContent c, AgreementContext ctx) {
        List<Violation> v = new ArrayList<>();
        checkDates(c, ctx, v);
        checkFields(c, v);
        checkMentorIsNotCandidate(c, ctx, v);
        return v;
    }

    /** Allowed but unusual values, to be confirmed by the user; same shape as violations. */
    public static List<Violation> warnings(AgreementContent c) {
        List<Violation> w = new ArrayList<>();
        if (c.hoursPerMonth() != null && c.hoursPerMonth().compareTo(HOURS_WARNING_ABOVE) > 0
                && c.hoursPerMonth().compareTo(HOURS_MAX) <= 0) {
            w.add(new Violation("hoursPerMonth", "agreement.warning.hoursHigh", HOURS_WARNING_ABOVE));
        }
        if (c.otpRate() != null && c.otpRate().compareTo(OTP_WARNING_ABOVE) > 0
                && c.otpRate().compareTo(BigDecimal.ONE) <= 0) {
            w.add(new Violation("otpRate", "agreement.warning.otpHigh"));
        }
        return w;
    }

    private static void checkDates(AgreementContent c, AgreementContext ctx, List<Violation> v) {
        LocalDate start = c.startDate();
        LocalDate end = c.endDate();
        checkYear(start, "startDate", v);
        checkYear(end, "endDate", v);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                v.add(new Violation("endDate", "agreement.rule.endBeforeStart"));
            } else if (end.isAfter(latestEndDate(start, ctx.effortGroup()))) {
                v.add(new Violation("endDate", "agreement.rule.tooLong", maxMonths(ctx.effortGroup())));
            }
        }
        // Age in whole years as Period counts them: someone born 29 February turns a year older on 1 March
        // in a year without 29 February.
        if (start != null && Period.between(ctx.birthDate(), start).getYears() < MIN_AGE) {
            v.add(new Violation("startDate", "agreement.rule.tooYoung", MIN_AGE));
        }
        if (end != null && Period.between(ctx.birthDate(), end).getYears() >= AGE_LIMIT) {
            v.add(new Violation("endDate", "agreement.rule.tooOld", AGE_LIMIT));
        }
    }

    private static void checkFields(AgreementContent c, List<Violation> v) {
        checkLength(c.mentorFirstName(), NAME_MAX_LENGTH, "mentorFirstName", v);
        checkLength(c.mentorLastName(), NAME_MAX_LENGTH, "mentorLastName", v);
        checkPhone(c.mentorPhone(), "mentorPhone", v);
        checkEmail(c.mentorEmail(), "mentorEmail", v);
        if (!isBlank(c.mentorNationalId()) && !NationalId.isValid(c.mentorNationalId())) {
            v.add(new Violation("mentorNationalId", "validation.nationalId"));
        }
        checkLength(c.tasks(), TASKS_MAX_LENGTH, "tasks", v);
        checkLength(c.followUp(), TEXT_MAX_LENGTH, "followUp", v);
        checkLength(c.adaptation(), TEXT_MAX_LENGTH, "adaptation", v);
        checkLength(c.familyTieReason(), TEXT_MAX_LENGTH, "familyTieReason", v);
        if (c.hoursPerMonth() != null && (c.hoursPerMonth().signum() < 0 || c.hoursPerMonth().compareTo(HOURS_MAX) > 0)) {
            v.add(new Violation("hoursPerMonth", "agreement.rule.hoursRange", 0, HOURS_MAX));
        }
        if (c.payAmount() != null && c.payAmount().signum() <= 0) {
            v.add(new Violation("payAmount", "agreement.rule.payAmountPositive"));
        }
        if (c.positionPercent() != null && c.payType() != PayType.TIMELONN
                && (c.positionPercent().signum() <= 0 || c.positionPercent().compareTo(HUNDRED) > 0)) {
            v.add(new Violation("positionPercent", "agreement.rule.positionPercentRange"));
        }
        if (c.holidayPayRate() != null && !GrantRates.isHolidayPayRate(c.holidayPayRate())) {
            v.add(new Violation("holidayPayRate", "agreement.rule.holidayPayRate"));
        }
        if (c.otpRate() != null && (c.otpRate().signum() < 0 || c.otpRate().compareTo(BigDecimal.ONE) > 0)) {
            v.add(new Violation("otpRate", "agreement.rule.otpRange"));
        }
        if (c.agaRate() != null && !GrantRates.isEmployerTaxRate(c.agaRate())) {
            v.add(new Violation("agaRate", "agreement.rule.agaRate"));
        }
        // Room in the columns (numeric(precision, scale)): PostgreSQL would round more decimals away unasked and
        // refuse more digits with an error the user could not act on.
        checkDigits(c.hoursPerMonth(), 7, 2, "hoursPerMonth", v);
        // Nine digits before the decimal point, as in the calculation API: the largest grant that allows (999 hours a
        // month at the highest rates, for 36 months) still fits the grant period's numeric(14, 0).
        checkDigits(c.payAmount(), PAY_AMOUNT_PRECISION, 2, "payAmount", v);
        checkDigits(c.positionPercent(), 7, 2, "positionPercent", v);
        checkDigits(c.holidayPayRate(), 8, 5, "holidayPayRate", v);
        checkDigits(c.otpRate(), 8, 5, "otpRate", v);
        checkDigits(c.agaRate(), 8, 5, "agaRate", v);
        if (!isBlank(c.accountNumber()) && !AccountNumber.isValid(c.accountNumber())) {
            v.add(new Violation("accountNumber", "validation.accountNumber"));
        }
        if (!isBlank(c.kid()) && !Kid.isValid(c.kid())) {
            v.add(new Violation("kid", "validation.kid"));
        }
        checkContact(c.candidateContact(), "candidateContact", v);
        checkContact(c.employerContact(), "employerContact", v);
        checkContact(c.counsellorContact(), "counsellorContact", v);
    }

    /**
     * The mentor may not be the candidate. With the mentor's national id given, that decides; without it, the same
     * first name, last name and phone number (ignoring case, spacing and a +47 prefix) count as the same person.
     */
    private static void checkMentorIsNotCandidate(AgreementContent c, AgreementContext ctx, List<Violation> v) {
        if (!isBlank(c.mentorNationalId())) {
            var mentor = NationalId.parse(c.mentorNationalId());
            var candidate = NationalId.parse(ctx.nationalId());
            if (mentor.isPresent() && mentor.equals(candidate)) {
                v.add(new Violation("mentorNationalId", "agreement.rule.mentorIsCandidate"));
            }
            return;
        }
        if (isBlank(c.mentorFirstName()) || isBlank(c.mentorLastName()) || isBlank(c.mentorPhone())) {
            return;
        }
        if (name(c.mentorFirstName()).equals(name(ctx.firstName()))
                && name(c.mentorLastName()).equals(name(ctx.lastName()))
                && phone(c.mentorPhone()).equals(phone(ctx.phone()))) {
            v.add(new Violation("mentorFirstName", "agreement.rule.mentorIsCandidate"));
        }
    }

    private static String name(String s) {
        return s == null ? "" : s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String phone(String s) {
        if (s == null) {
            return "";
        }
        String digits = s.replaceAll("[^0-9+]", "");
        if (digits.startsWith("+47")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0047")) {
            digits = digits.substring(4);
        }
        return digits.replace("+", "");
    }

    private static void requireContact(Contact contact, String prefix, List<Violation> missing) {
        require(contact.firstName(), prefix + ".firstName", missing);
        require(contact.lastName(), prefix + ".lastName", missing);
        require(contact.phone(), prefix + ".phone", missing);
    }

    private static void checkContact(Contact contact, String prefix, List<Violation> v) {
        checkLength(contact.firstName(), NAME_MAX_LENGTH, prefix + ".firstName", v);
        checkLength(contact.lastName(), NAME_MAX_LENGTH, prefix + ".lastName", v);
        checkPhone(contact.phone(), prefix + ".phone", v);
        checkEmail(contact.email(), prefix + ".email", v);
    }

    private static void checkPhone(String phone, String field, List<Violation> v) {
        if (!isBlank(phone) && !PHONE.matcher(phone.trim()).matches()) {
            v.add(new Violation(field, "validation.phone"));
        }
    }

    private static void checkEmail(String email, String field, List<Violation> v) {
        if (!isBlank(email) && (email.length() > 254 || !EMAIL.matcher(email.trim()).matches())) {
            v.add(new Violation(field, "validation.email"));
        }
    }

    private static void checkLength(String text, int max, String field, List<Violation> v) {
        if (text != null && text.length() > max) {
            v.add(new Violation(field, "validation.tooLong", max));
        }
    }

    private static void checkYear(LocalDate date, String field, List<Violation> v) {
        DateRanges.check(date, field, v);
    }

    private static void require(Object value, String field, List<Violation> missing) {
        if (value == null || value instanceof String s && s.isBlank()) {
            missing.add(new Violation(field, "validation.required"));
        }
    }

    /** At most {@code precision - scale} digits before the decimal point and {@code scale} after it. */
    static void checkDigits(BigDecimal value, int precision, int scale, String field, List<Violation> v) {
        if (value == null) {
            return;
        }
        BigDecimal plain = value.stripTrailingZeros();
        int decimals = Math.max(plain.scale(), 0);
        int integerDigits = Math.max(plain.precision() - plain.scale(), 0);
        if (decimals > scale || integerDigits > precision - scale) {
            v.add(new Violation(field, "validation.digits", precision - scale, scale));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
