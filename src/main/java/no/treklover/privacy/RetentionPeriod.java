package no.treklover.privacy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * How long a candidate's data is kept after their last process ended: an ISO-8601 period ("P5Y") or duration
 * ("PT48H"). Processes end on a date, so retention is counted in whole days in Norway's time zone.
 */
record RetentionPeriod(Period period, Duration duration) {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    static RetentionPeriod parse(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        RetentionPeriod parsed;
        try {
            parsed = value.contains("T") ? new RetentionPeriod(null, Duration.parse(value))
                    : new RetentionPeriod(Period.parse(value), null);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("treklover.privacy.retention must be an ISO-8601 period or duration "
                    + "such as P5Y or PT48H, not '" + text + "'", e);
        }
        if (parsed.period != null ? parsed.period.isNegative() || parsed.period.isZero()
                : parsed.duration.isNegative() || parsed.duration.isZero()) {
            throw new IllegalArgumentException("treklover.privacy.retention must be longer than zero: " + text);
        }
        return parsed;
    }

    /** The latest end date that is due for anonymisation at {@code now}: ended this long ago or longer. */
    LocalDate lastDueEndDate(Instant now) {
        return period != null ? LocalDate.ofInstant(now, OSLO).minus(period)
                : LocalDate.ofInstant(now.minus(duration), OSLO);
    }

    @Override
    public String toString() {
        return period != null ? period.toString() : duration.toString();
    }
}
