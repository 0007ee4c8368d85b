package no.treklover.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import no.treklover.agreement.ExpiryRule.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpiryRuleTest {

    static Instant oslo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ExpiryRule.OSLO).toInstant();
    }

    /** All times are Oslo wall-clock times; the next due time is given as an Oslo wall-clock time too. */
    @ParameterizedTest(name = "touched {0}, now {1}: {2}, next {3}")
    @CsvSource(nullValues = "null", value = {
            // plain winter weeks: expires 2026-02-02T10:00 (12 weeks after 2025-11-10)
            "2025-11-10T10:00, 2025-11-10T10:00,    NONE,      2026-01-26T10:00",
            "2025-11-10T10:00, 2026-01-26T09:59:59, NONE,      2026-01-26T10:00",
            "2025-11-10T10:00, 2026-01-26T10:00,    WARN_WEEK, 2026-02-01T10:00",
            "2025-11-10T10:00, 2026-02-01T09:59,    WARN_WEEK, 2026-02-01T10:00",
            "2025-11-10T10:00, 2026-02-01T10:00,    WARN_DAY,  2026-02-02T10:00",
            "2025-11-10T10:00, 2026-02-02T09:59:59, WARN_DAY,  2026-02-02T10:00",
            "2025-11-10T10:00, 2026-02-02T10:00,    EXPIRE,    null",
            "2025-11-10T10:00, 2026-06-01T00:00,    EXPIRE,    null",
            // month ends and a leap day: expiry at 2028-03-01, day warning on the leap day
            "2027-12-08T23:30, 2028-02-23T23:29,    NONE,      2028-02-23T23:30",
            "2027-12-08T23:30, 2028-02-29T23:30,    WARN_DAY,  2028-03-01T23:30",
            "2027-12-08T23:30, 2028-03-01T23:30,    EXPIRE,    null",
            "2026-01-31T12:00, 2026-04-18T12:00,    WARN_WEEK, 2026-04-24T12:00",
            "2026-01-31T12:00, 2026-04-25T11:59,    WARN_DAY,  2026-04-25T12:00",
            "2026-09-30T08:00, 2026-12-16T08:00,    WARN_WEEK, 2026-12-22T08:00",
            "2026-09-30T08:00, 2026-12-23T08:00,    EXPIRE,    null",
            // spring forward (2026-03-29 02:00 -> 03:00): same wall-clock time, one hour less in between
            "2026-01-05T10:00, 2026-03-23T10:00,    WARN_WEEK, 2026-03-29T10:00",
            "2026-01-05T10:00, 2026-03-29T09:59,    WARN_WEEK, 2026-03-29T10:00",
            "2026-01-05T10:00, 2026-03-29T10:00,    WARN_DAY,  2026-03-30T10:00",
            "2026-01-05T10:00, 2026-03-30T09:59,    WARN_DAY,  2026-03-30T10:00",
            "2026-01-05T10:00, 2026-03-30T10:00,    EXPIRE,    null",
            "2026-01-11T10:00, 2026-03-29T09:59,    NONE,      2026-03-29T10:00",
            "2026-01-11T10:00, 2026-03-29T10:00,    WARN_WEEK, 2026-04-04T10:00",
            "2026-01-11T10:00, 2026-04-05T10:00,    EXPIRE,    null",
            // touched at 02:30, which does not exist on the expiry day: the time after the gap, 03:30
            "2026-01-04T02:30, 2026-03-29T01:59,    WARN_DAY,  2026-03-29T03:30",
            "2026-01-04T02:30, 2026-03-29T03:29,    WARN_DAY,  2026-03-29T03:30",
            "2026-01-04T02:30, 2026-03-29T03:30,    EXPIRE,    null",
            "2026-01-05T02:30, 2026-03-29T03:30,    WARN_DAY,  2026-03-30T02:30",
            // fall back (2026-10-25 03:00 -> 02:00)
            "2026-08-03T10:00, 2026-10-19T10:00,    WARN_WEEK, 2026-10-25T10:00",
            "2026-08-03T10:00, 2026-10-25T10:00,    WARN_DAY,  2026-10-26T10:00",
            "2026-08-03T10:00, 2026-10-26T09:59,    WARN_DAY,  2026-10-26T10:00",
            "2026-08-03T10:00, 2026-10-26T10:00,    EXPIRE,    null",
            "2026-08-02T10:00, 2026-10-25T09:59,    WARN_DAY,  2026-10-25T10:00",
            "2026-08-02T10:00, 2026-10-25T10:00,    EXPIRE,    null",
    })
    void steps(String touched, String now, Step step, String nextDue) {
        ExpiryRule.Result result = ExpiryRule.evaluate(oslo(touched), oslo(now));

        assertThat(result.step()).isEqualTo(step);
        assertThat(result.nextDue()).isEqualTo(nextDue == null ? null : oslo(nextDue));
    }

    @Test
    void twelveWeeksAcrossSpringForwardAreOneHourShorter() {
        Instant touched = oslo("2026-01-05T10:00");

        assertThat(Duration.between(touched, ExpiryRule.expiresAt(touched)))
                .isEqualTo(Duration.ofDays(84).minusHours(1));
    }

    @Test
    void twelveWeeksAcrossFallBackAreOneHourLonger() {
        Instant touched = oslo("2026-08-03T10:00");

        assertThat(Duration.between(touched, ExpiryRule.expiresAt(touched)))
                .isEqualTo(Duration.ofDays(84).plusHours(1));
    }

    @Test
    void ambiguousFallBackHourKeepsTheSummerOffset() {
        Instant touched = Instant.parse("2026-08-02T00:30:00Z"); // 02:30 CEST

        assertThat(ExpiryRule.expiresAt(touched)).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }
}
