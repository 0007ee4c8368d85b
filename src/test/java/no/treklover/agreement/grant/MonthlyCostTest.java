package no.treklover.agreement.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthlyCostTest {

    @ParameterizedTest(name = "{0} kr/h × {1} h, {2}/{3}/{4} → {9} kr")
    @CsvSource(textBlock = """
            # hourly, hours, holiday, OTP,   AGA,   salary,  holiday pay, pension, employer tax, total
            # NAV's worked example: 6 000 + 720 + 134.40 + 966.47 → 7 821 kr/month
            300,      20,    0.12,    0.02,  0.141, 6000.00, 720.00,      134.40,  966.47,       7821
            308,      20,    0.12,    0.02,  0.141, 6160.00, 739.20,      137.98,  992.24,       8029
            300,      20,    0,       0,     0,     6000.00, 0.00,        0.00,    0.00,         6000
            # the salary is floored, never rounded up
            301,      10.75, 0,       0,     0,     3235.75, 0.00,        0.00,    0.00,         3235
            301,      10.25, 0,       0,     0,     3085.25, 0.00,        0.00,    0.00,         3085
            # the extras are rounded HALF_UP as one sum: 12.5 → 13, 12.49 → 12
            100,      1,     0.125,   0,     0,     100.00,  12.50,       0.00,    0.00,         113
            # 99.96 floors to 99 and the extras 12.495 round to 12 (though 12.495 is displayed as 12.50)
            100,      0.9996,0.125,   0,     0,     99.96,   12.50,       0.00,    0.00,         111
            100,      1,     0.12,    0.02,  0,     100.00,  12.00,       2.24,    0.00,         114
            250,      40.5,  0.143,   0.05,  0.106, 10125.00,1447.88,     578.64,  1288.06,      13440
            300,      0,     0.12,    0.02,  0.141, 0.00,    0.00,        0.00,    0.00,         0
            """)
    void monthlyCost(BigDecimal hourly, BigDecimal hours, BigDecimal holidayRate, BigDecimal pensionRate,
            BigDecimal employerTaxRate, BigDecimal salary, BigDecimal holidayPay, BigDecimal pension,
            BigDecimal employerTax, BigDecimal total) {
        MonthlyCost cost = MonthlyCost.of(hourly, hours, holidayRate, pensionRate, employerTaxRate);

        assertThat(MonthlyCost.display(cost.salary())).isEqualByComparingTo(salary);
        assertThat(MonthlyCost.display(cost.holidayPay())).isEqualByComparingTo(holidayPay);
        assertThat(MonthlyCost.display(cost.pension())).isEqualByComparingTo(pension);
        assertThat(MonthlyCost.display(cost.employerTax())).isEqualByComparingTo(employerTax);
        assertThat(cost.total()).isEqualByComparingTo(total);
        assertThat(cost.total().scale()).isZero();
    }

    @Test
    void theWorkedExampleKeepsTheExactParts() {
        MonthlyCost cost = MonthlyCost.of(new BigDecimal("300"), new BigDecimal("20"), new BigDecimal("0.12"),
                new BigDecimal("0.02"), new BigDecimal("0.141"));

        assertThat(cost.employerTax()).isEqualByComparingTo("966.4704");
        assertThat(MonthlyCost.display(cost.employerTax()).toPlainString()).isEqualTo("966.47");
        assertThat(cost.total().toPlainString()).isEqualTo("7821");
    }

    /** The decision: the monthly cost uses the whole-krone hourly wage (308), not the exact one (307.69…). */
    @Test
    void theMonthlyCostUsesTheWholeKroneHourlyWage() {
        HourlyWage wage = HourlyWage.of(PayType.ARSLONN, new BigDecimal("600000"), new BigDecimal("100"));

        MonthlyCost cost = MonthlyCost.of(wage, new BigDecimal("20"), new BigDecimal("0.12"),
                new BigDecimal("0.02"), new BigDecimal("0.141"));

        assertThat(cost.salary()).isEqualByComparingTo("6160");
        assertThat(cost.total()).isEqualByComparingTo("8029");
        // from the exact wage it would have been 6153 + 1868 = 8021
        assertThat(MonthlyCost.of(wage.exact(), new BigDecimal("20"), new BigDecimal("0.12"),
                new BigDecimal("0.02"), new BigDecimal("0.141")).total()).isEqualByComparingTo("8021");
    }
}
