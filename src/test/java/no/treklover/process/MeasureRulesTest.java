package no.treklover.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.treklover.platform.errors.RuleViolationException.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A measure's period follows the same date rules as the process's own dates. */
class MeasureRulesTest {

    @ParameterizedTest(name = "{0} from {1} to {2}: {3}")
    @CsvSource(nullValues = "null", value = {
            "MENTOR,      2026-01-05, 2026-06-30, ok",
            "MENTOR,      2026-01-05, null,       ok",
            "MENTOR,      2026-01-05, 2026-01-05, ok",
            "MENTOR,      2000-01-01, 2100-12-31, ok",
            "null,        2026-01-05, null,       type:validation.required",
            "MENTOR,      null,       null,       startDate:validation.required",
            "MENTOR,      null,       2026-06-30, startDate:validation.required",
            "MENTOR,      2026-06-30, 2026-01-05, endDate:process.rule.endBeforeStart",
            "MENTOR,      1999-12-31, 2026-01-05, startDate:validation.dateRange",
            "MENTOR,      0026-01-05, null,       startDate:validation.dateRange",
            "MENTOR,      2026-01-05, 2101-01-01, endDate:validation.dateRange",
            "MENTOR,      2026-01-05, 9999-12-31, endDate:validation.dateRange",
            "MENTOR,      2101-01-01, 2102-01-01, startDate:validation.dateRange+endDate:validation.dateRange",
            "MENTOR,      2026-01-05, 1999-01-01, endDate:validation.dateRange+endDate:process.rule.endBeforeStart",
    })
    void checksTheTypeAndThePeriod(String type, LocalDate from, LocalDate to, String expected) {
        String found = String.join("+", PhaseTransitionRules.checkMeasure(
                type == null ? null : MeasureType.valueOf(type), from, to).stream()
                .map(MeasureRulesTest::describe).toList());

        assertThat(found.isEmpty() ? "ok" : found).isEqualTo(expected);
    }

    private static String describe(Violation v) {
        return v.field() + ":" + v.messageKey();
    }
}
