package no.treklover.agreement.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HourlyWageTest {

    @ParameterizedTest(name = "{0} {1} at {2} % → {3} → {4} kr/h")
    @CsvSource(nullValues = "-", textBlock = """
            # pay type,  amount,    percent, exact (scale 10),  whole kroner
            # NAV's worked example: årslønn 600 000 at 100 % → 307.69… → 308 kr/h
            ARSLONN,     600000,    100,     307.6923076923,    308
            ARSLONN,     300000,    50,      307.6923076923,    308
            ARSLONN,     585975,    100,     300.5000000000,    301
            ARSLONN,     1,         1,       0.0512820513,      0
            MANEDSLONN,  50000,     100,     307.6923076923,    308
            MANEDSLONN,  40000,     80,      307.6923076923,    308
            MANEDSLONN,  123456.78, 45.5,    1669.7451225697,   1670
            UKELONN,     11250,     100,     300.0000000000,    300
            UKELONN,     7500,      33.33,   600.0600060006,    600
            DAGSLONN,    2250,      100,     300.0000000000,    300
            DAGSLONN,    1500,      60,      333.3333333333,    333
            # hourly pay is taken as entered; the position percent is not needed (and ignored if given)
            TIMELONN,    250.50,    -,       250.5000000000,    251
            TIMELONN,    299.4999,  -,       299.4999000000,    299
            TIMELONN,    299.5,     50,      299.5000000000,    300
            TIMELONN,    300,       -,       300.0000000000,    300
            """)
    void hourlyWageByPayType(PayType payType, BigDecimal amount, BigDecimal percent, BigDecimal exact,
            BigDecimal whole) {
        HourlyWage wage = HourlyWage.of(payType, amount, percent);

        assertThat(wage.exact()).isEqualByComparingTo(exact);
        assertThat(wage.exact().scale()).isEqualTo(HourlyWage.SCALE);
        assertThat(wage.wholeKroner()).isEqualByComparingTo(whole);
        assertThat(wage.wholeKroner().scale()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"ARSLONN, 1", "MANEDSLONN, 12", "UKELONN, 52", "DAGSLONN, 260", "TIMELONN, 0"})
    void periodsPerYear(PayType payType, int periods) {
        assertThat(payType.periodsPerYear()).isEqualTo(periods);
        assertThat(payType.isHourly()).isEqualTo(payType == PayType.TIMELONN);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"MANEDSLONN, -", "ARSLONN, 0", "DAGSLONN, -5"})
    void aSalaryNeedsAPositivePositionPercent(PayType payType, BigDecimal percent) {
        assertThatThrownBy(() -> HourlyWage.of(payType, new BigDecimal("1000"), percent))
                .isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class);
    }
}
