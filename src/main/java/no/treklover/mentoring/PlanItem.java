package no.treklover.mentoring;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One line of the weekly plan: on a weekday, optionally from and to a time, an activity or task, or a break.
 */
public record PlanItem(DayOfWeek weekday, LocalTime startsAt, LocalTime endsAt, String activity, boolean isBreak) {
}
