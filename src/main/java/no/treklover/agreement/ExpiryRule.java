package no.treklover.agreement;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Automatic expiry (BRIEF §4): a never-concluded agreement untouched for 12 weeks is annulled as
 * {@link AnnulmentReason#UTLOPT}, with warnings a week and a day before. Times are counted on Oslo's calendar and
 * clock: last touched Monday 10:00 expires Monday 10:00 twelve weeks later, also across a change to or from summer
 * time (when the wall-clock time does not exist that day, the time after the gap is used). Only for agreements that
 * were never concluded and are not annulled; the caller checks that, and remembers which warning it has sent, since
 * a late run returns the latest step that is due (a run after the expiry time returns EXPIRE, not the warnings).
 */
public final class ExpiryRule {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    public static final int WEEKS_UNTOUCHED = 12;

    public enum Step {
        NONE,
        WARN_WEEK,
        WARN_DAY,
        EXPIRE
    }

    /**
     * @param step the latest step due now
     * @param nextDue when the next step is due; null after EXPIRE
     */
    public record Result(Step step, Instant nextDue) {
    }

    private ExpiryRule() {
    }

    public static Instant expiresAt(Instant lastTouched) {
        return lastTouched.atZone(OSLO).plusWeeks(WEEKS_UNTOUCHED).toInstant();
    }

    public static Result evaluate(Instant lastTouched, Instant now) {
        ZonedDateTime expire = lastTouched.atZone(OSLO).plusWeeks(WEEKS_UNTOUCHED);
        Instant expireAt = expire.toInstant();
        Instant warnDay = expire.minusDays(1).toInstant();
        Instant warnWeek = expire.minusWeeks(1).toInstant();
        if (!now.isBefore(expireAt)) {
            return new Result(Step.EXPIRE, null);
        }
        if (!now.isBefore(warnDay)) {
            return new Result(Step.WARN_DAY, expireAt);
        }
        if (!now.isBefore(warnWeek)) {
            return new Result(Step.WARN_WEEK, warnDay);
        }
        return new Result(Step.NONE, warnWeek);
    }
}
