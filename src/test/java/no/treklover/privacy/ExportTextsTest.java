package no.treklover.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The export PDF writes numbers and dates as the pages do (NorwegianFormat), never 520000.00 or ISO dates. */
class ExportTextsTest {

    private final ExportTexts texts = new ExportTexts(new StaticMessageSource());

    @Test
    void amountsRatesAndDatesAreNorwegian() {
        assertThat(texts.value(new BigDecimal("520000.00"))).isEqualTo("520\u00a0000");
        assertThat(texts.value(new BigDecimal("14.10"))).isEqualTo("14,1");
        assertThat(texts.value(7821.5)).isEqualTo("7\u00a0821,5");
        assertThat(texts.value(LocalDate.of(2026, 12, 11))).isEqualTo("11.12.2026");
        assertThat(texts.value(Instant.parse("2026-12-11T08:30:00Z"))).isEqualTo("11.12.2026 kl. 09:30");
        assertThat(texts.time(Instant.parse("2026-07-01T08:30:00Z"))).isEqualTo("01.07.2026 kl. 10:30");
    }

    @Test
    void identifiersAndCountsAreNotGrouped() {
        assertThat(texts.value(123456L)).isEqualTo("123456");
        assertThat(texts.value(20)).isEqualTo("20");
    }
}
