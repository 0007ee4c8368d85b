package no.treklover.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

class NorwegianFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "520000.00 | 520 000",
            "520000    | 520 000",
            "20        | 20",
            "0.00      | 0",
            "1234.5    | 1 234,50",
            "-7821     | -7 821",
    })
    void amounts(String value, String expected) {
        assertThat(NorwegianFormat.amount(new BigDecimal(value)).replace('\u00a0', ' ')).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "14.1   | 14,1 %",
            "14.10  | 14,1 %",
            "20     | 20 %",
            "14.149 | 14,1 %",
            "14.15  | 14,2 %",
    })
    void percentages(String value, String expected) {
        assertThat(NorwegianFormat.percent(new BigDecimal(value)).replace('\u00a0', ' ')).isEqualTo(expected);
    }

    @Test
    void datesAndPeriods() {
        assertThat(NorwegianFormat.date(LocalDate.of(2026, 12, 11))).isEqualTo("11.12.2026");
        assertThat(NorwegianFormat.period(LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 31)))
                .isEqualTo("11.12.2026–31.12.2026");
        assertThat(NorwegianFormat.period(LocalDate.of(2026, 12, 11), null)).isEqualTo("11.12.2026–");
        assertThat(NorwegianFormat.dateTime(LocalDateTime.of(2026, 12, 11, 9, 30))).isEqualTo("11.12.2026 kl. 09:30");
        assertThat(NorwegianFormat.dateTime(Instant.parse("2026-07-01T07:30:00Z"))).isEqualTo("01.07.2026 kl. 09:30");
        assertThat(NorwegianFormat.month(LocalDate.of(2026, 12, 11))).isEqualTo("desember 2026");
        assertThat(NorwegianFormat.date(null)).isEmpty();
    }

    @Test
    void templatesReachTheStaticMethodsThroughTheBean() {
        StandardEvaluationContext context = new StandardEvaluationContext();
        context.setVariable("nf", new NorwegianFormat());
        Object text = new SpelExpressionParser().parseExpression("#nf.amount(#amount)")
                .getValue(withAmount(context), String.class);
        assertThat(text.toString().replace('\u00a0', ' ')).isEqualTo("520 000");
    }

    private static StandardEvaluationContext withAmount(StandardEvaluationContext context) {
        context.setVariable("amount", new BigDecimal("520000.00"));
        return context;
    }
}
