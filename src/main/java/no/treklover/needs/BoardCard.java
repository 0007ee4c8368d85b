package no.treklover.needs;

import java.time.Instant;
import java.time.LocalDate;

/** One need as the board and the list API show it: the anonymised profile's headline, never the candidate. */
public record BoardCard(long id, String title, String municipality, Integer hoursPerWeek, boolean adaptationNeeded,
        NeedLevel level, NeedState state, String officeId, String officeName, String county, Instant postedAt,
        LocalDate nextMeetingOn, int proposals, long version) {

    /** Whole days since the need was posted. */
    public long ageDays(Instant now) {
        return Math.max(0, java.time.Duration.between(postedAt, now).toDays());
    }
}
