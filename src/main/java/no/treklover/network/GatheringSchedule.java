package no.treklover.network;

import java.time.LocalDate;

/** When the next gathering is due: pure code, the caller gives the dates. */
public final class GatheringSchedule {

    /** A network meets about every three months (issue 14). */
    public static final int MONTHS_BETWEEN_GATHERINGS = 3;
    /** A mentor course's follow-up meeting about a month later (seed 002): four weeks, same weekday. */
    public static final int WEEKS_TO_COURSE_FOLLOW_UP = 4;

    private GatheringSchedule() {
    }

    /** Three months after the last gathering; with none yet, three months from today. Never in the past. */
    public static LocalDate suggestNext(LocalDate last, LocalDate today) {
        LocalDate next = (last == null ? today : last).plusMonths(MONTHS_BETWEEN_GATHERINGS);
        return next.isBefore(today) ? today.plusWeeks(2) : next;
    }

    public static LocalDate courseFollowUp(LocalDate course) {
        return course.plusWeeks(WEEKS_TO_COURSE_FOLLOW_UP);
    }
}
