package no.treklover.agreement.grant;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The request's validation: each row changes one field of a valid request and names the fields refused. */
class MentorGrantCalculationRequestTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void theWorkedExampleIsValid() {
        assertThat(refused(valid())).isEmpty();
        assertThat(refused(new MentorGrantCalculationRequest(PayType.TIMELONN, dec("300"), null, dec("20"),
                dec("0.12"), dec("0.02"), dec("0.141"), null, null))).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1} → {2}")
    @CsvSource(nullValues = "-", textBlock = """
            # field,          value,       refused fields (empty: valid)
            payType,          -,           payType
            payType,          TIMELONN,    ''
            amount,           -,           amount
            amount,           0,           amount
            amount,           -1,          amount
            amount,           0.01,        ''
            amount,           1000000000,  amount
            amount,           100.123,     amount
            positionPercent,  -,           positionPercent
            positionPercent,  0.99,        positionPercent
            positionPercent,  1,           ''
            positionPercent,  100,         ''
            positionPercent,  100.01,      positionPercent
            positionPercent,  62.5,        ''
            hoursPerMonth,    -,           hoursPerMonth
            hoursPerMonth,    0,           ''
            hoursPerMonth,    -0.5,        hoursPerMonth
            hoursPerMonth,    999,         ''
            hoursPerMonth,    999.01,      hoursPerMonth
            hoursPerMonth,    200,         ''
            holidayPayRate,   -,           holidayPayRate
            holidayPayRate,   0,           ''
            holidayPayRate,   0.102,       ''
            holidayPayRate,   0.120,       ''
            holidayPayRate,   0.125,       ''
            holidayPayRate,   0.143,       ''
            holidayPayRate,   0.11,        holidayPayRate
            holidayPayRate,   12,          holidayPayRate
            employerTaxRate,  -,           employerTaxRate
            employerTaxRate,  0,           ''
            employerTaxRate,  0.051,       ''
            employerTaxRate,  0.064,       ''
            employerTaxRate,  0.079,       ''
            employerTaxRate,  0.106,       ''
            employerTaxRate,  0.141,       ''
            employerTaxRate,  0.14,        employerTaxRate
            pensionRate,      -,           pensionRate
            pensionRate,      0,           ''
            pensionRate,      0.3,         ''
            pensionRate,      1,           ''
            pensionRate,      1.0001,      pensionRate
            pensionRate,      -0.01,       pensionRate
            pensionRate,      0.00001,     pensionRate
            """)
    void oneField(String field, String value, String refused) {
        MentorGrantCalculationRequest request = with(field, value);

        assertThat(refused(request)).containsExactlyInAnyOrderElementsOf(
                refused.isEmpty() ? List.of() : List.of(refused.split(" ")));
    }

    @ParameterizedTest(name = "{0} – {1} → {2}")
    @CsvSource(nullValues = "-", textBlock = """
            # start,      end,         refused fields
            -,            -,           ''
            2026-01-15,   2026-03-10,  ''
            2026-01-15,   2026-01-15,  ''
            2026-01-15,   2026-01-14,  endDate
            2026-01-15,   -,           endDate
            -,            2026-01-15,  startDate
            2026-01-15,   2029-01-14,  ''
            2026-01-15,   2029-01-15,  endDate
            1999-12-31,   2026-01-15,  startDate
            2026-01-15,   2101-01-01,  endDate
            """)
    void thePeriod(LocalDate start, LocalDate end, String refused) {
        MentorGrantCalculationRequest request = new MentorGrantCalculationRequest(PayType.MANEDSLONN, dec("50000"),
                dec("100"), dec("20"), dec("0.12"), dec("0.02"), dec("0.141"), start, end);

        assertThat(refused(request)).containsExactlyInAnyOrderElementsOf(
                refused.isEmpty() ? List.of() : List.of(refused.split(" ")));
        assertThat(request.hasPeriod()).isEqualTo(start != null && end != null);
    }

    @Test
    void everyFieldIsReportedAtOnce() {
        MentorGrantCalculationRequest request = new MentorGrantCalculationRequest(PayType.ARSLONN, dec("-5"), null,
                dec("1000"), dec("0.11"), dec("2"), dec("0.2"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1));

        assertThat(refused(request)).containsExactlyInAnyOrder("amount", "positionPercent", "hoursPerMonth",
                "holidayPayRate", "pensionRate", "employerTaxRate", "endDate");
    }

    private static MentorGrantCalculationRequest valid() {
        return new MentorGrantCalculationRequest(PayType.MANEDSLONN, dec("50000"), dec("100"), dec("20"),
                dec("0.12"), dec("0.02"), dec("0.141"), null, null);
    }

    private static MentorGrantCalculationRequest with(String field, String value) {
        MentorGrantCalculationRequest r = valid();
        BigDecimal number = value == null || field.equals("payType") ? null : dec(value);
        return new MentorGrantCalculationRequest(
                field.equals("payType") ? (value == null ? null : PayType.valueOf(value)) : r.payType(),
                field.equals("amount") ? number : r.amount(),
                field.equals("positionPercent") ? number : r.positionPercent(),
                field.equals("hoursPerMonth") ? number : r.hoursPerMonth(),
                field.equals("holidayPayRate") ? number : r.holidayPayRate(),
                field.equals("pensionRate") ? number : r.pensionRate(),
                field.equals("employerTaxRate") ? number : r.employerTaxRate(),
                null, null);
    }

    private static List<String> refused(MentorGrantCalculationRequest request) {
        return validator.validate(request).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .distinct().toList();
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
