package no.treklover.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionPeriodTest {

    /** 00:30 in Oslo on 24 November, still the 23rd in UTC: the Norwegian day counts. */
    private static final Instant NOW = Instant.parse("2026-11-23T23:30:00Z");

    @Test
    void aPeriodCountsWholeDaysBackFromTodayInOslo() {
        assertThat(RetentionPeriod.parse("P5Y").lastDueEndDate(NOW)).isEqualTo(LocalDate.of(2021, 11, 24));
        assertThat(RetentionPeriod.parse("p18m").lastDueEndDate(NOW)).isEqualTo(LocalDate.of(2025, 5, 24));
    }

    @Test
    void aDurationCountsFromTheInstant() {
        assertThat(RetentionPeriod.parse("PT48H").lastDueEndDate(NOW)).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(RetentionPeriod.parse("P3DT1H").toString()).isEqualTo("PT73H");
    }

    @Test
    void nonsenseAndNothingAreRefused() {
        assertThatThrownBy(() -> RetentionPeriod.parse("5 years")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("P5Y");
        assertThatThrownBy(() -> RetentionPeriod.parse("P0D")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetentionPeriod.parse("-P1Y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetentionPeriod.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PrivacyProperties("P5Y", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
