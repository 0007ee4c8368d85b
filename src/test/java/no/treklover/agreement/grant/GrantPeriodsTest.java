package no.treklover.agreement.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrantPeriodsTest {

    private static final BigDecimal MONTHLY = new BigDecimal("7821");

    /**
     * Each row: start, end, and the periods as "from/to/amount" separated by spaces. A part month is
     * days × 7821 / 30.4375, HALF_UP (the quotient is never exactly x.5 for whole-krone amounts, since
     * 30.4375 = 487/16 and 487 is odd).
     */
    @ParameterizedTest(name = "{0} – {1}")
    @CsvSource(textBlock = """
            # 17 days of January (4368.197… → 4368), all of February, 10 days of March (2569.53… → 2570)
            2026-01-15, 2026-03-10, 2026-01-15/2026-01-31/4368 2026-02-01/2026-02-28/7821 2026-03-01/2026-03-10/2570
            # whole months get the monthly amount, whatever their length
            2026-01-01, 2026-04-30, 2026-01-01/2026-01-31/7821 2026-02-01/2026-02-28/7821 2026-03-01/2026-03-31/7821 2026-04-01/2026-04-30/7821
            # leap February: 29 days is the whole month; 28 of 29 days is a part month
            2028-02-01, 2028-02-29, 2028-02-01/2028-02-29/7821
            2028-02-01, 2028-02-28, 2028-02-01/2028-02-28/7195
            2027-02-01, 2027-02-28, 2027-02-01/2027-02-28/7821
            2028-02-15, 2028-03-14, 2028-02-15/2028-02-29/3854 2028-03-01/2028-03-14/3597
            # a single day (256.95… → 257)
            2026-05-05, 2026-05-05, 2026-05-05/2026-05-05/257
            # 30 of 31 days is a part month (7708.58… → 7709)
            2026-01-02, 2026-01-31, 2026-01-02/2026-01-31/7709
            # over the new year
            2026-12-20, 2027-01-05, 2026-12-20/2026-12-31/3083 2027-01-01/2027-01-05/1285
            """)
    void oneGrantPeriodPerCalendarMonth(LocalDate start, LocalDate end, String expected) {
        List<GrantPeriod> periods = GrantPeriods.of(start, end, MONTHLY);

        assertThat(periods).containsExactlyElementsOf(Arrays.stream(expected.split(" ")).map(p -> {
            String[] parts = p.split("/");
            return new GrantPeriod(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]), new BigDecimal(parts[2]));
        }).toList());
        assertThat(periods).allSatisfy(p -> assertThat(p.amount().scale()).isZero());
    }

    @Test
    void theLongestAgreementHasThirtySevenCalendarMonths() {
        List<GrantPeriod> periods = GrantPeriods.of(LocalDate.of(2026, 1, 15), LocalDate.of(2029, 1, 14), MONTHLY);

        assertThat(periods).hasSize(37);
        assertThat(periods.get(0).from()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(periods.get(36).to()).isEqualTo(LocalDate.of(2029, 1, 14));
        assertThat(periods.subList(1, 36)).allSatisfy(p -> assertThat(p.amount()).isEqualByComparingTo(MONTHLY));
    }

    @Test
    void aZeroGrantGivesZeroPeriods() {
        assertThat(GrantPeriods.of(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 28), BigDecimal.ZERO))
                .extracting(GrantPeriod::amount).allSatisfy(a -> assertThat(a).isEqualByComparingTo("0"));
    }

    @Test
    void theEndMayNotBeBeforeTheStart() {
        assertThatThrownBy(() -> GrantPeriods.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 28), MONTHLY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
