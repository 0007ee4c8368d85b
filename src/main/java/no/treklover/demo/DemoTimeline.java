package no.treklover.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.treklover.process.Phase;
import no.treklover.process.PhaseTransitionRules;
import no.treklover.process.ProcessEventType;

/**
 * A made-up history for a process that has reached a phase on a given day: one entry per phase step, on working
 * days in office hours, counted backwards from that day so the last step is the phase change shown today.
 */
final class DemoTimeline {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    record Step(OffsetDateTime at, ProcessEventType type, Phase fromPhase, Phase toPhase, String comment) {
    }

    record Plan(Map<Phase, OffsetDateTime> entered, List<Step> steps) {

        OffsetDateTime created() {
            return steps.get(0).at();
        }

        OffsetDateTime lastChange() {
            return steps.get(steps.size() - 1).at();
        }

        LocalDate enteredOn(Phase phase) {
            OffsetDateTime at = entered.get(phase);
            return at == null ? null : at.atZoneSameInstant(OSLO).toLocalDate();
        }
    }

    /** A step back one phase, taken between entering {@code phase - 1} and finally entering {@code phase}. */
    record BackStep(Phase phase, String comment) {
    }

    private DemoTimeline() {
    }

    /** The day of the Etterkontroll: when the process entered it, and never before twelve months after the end. */
    static LocalDate postCheckDate(Plan plan, LocalDate endDate) {
        LocalDate entered = plan.enteredOn(Phase.POST_CHECK);
        if (entered == null || endDate == null) {
            return null;
        }
        LocalDate due = PhaseTransitionRules.postCheckDue(endDate);
        return entered.isBefore(due) ? due : entered;
    }

    /**
     * @param backStep  null, or a step back that must lie at or before {@code target}
     * @param createdComment comment on the CREATED entry, may be null
     */
    static Plan plan(Phase target, LocalDate targetDay, BackStep backStep, String createdComment, Random random) {
        if (backStep != null && (backStep.phase() == Phase.ASSESSMENT || target.isBefore(backStep.phase()))) {
            throw new IllegalArgumentException("Cannot step back from " + backStep.phase() + " when at " + target);
        }
        Map<Phase, LocalDate> days = new EnumMap<>(Phase.class);
        LocalDate day = workingDayOnOrBefore(targetDay);
        days.put(target, day);
        for (int i = target.ordinal() - 1; i >= 0; i--) {
            Phase phase = Phase.values()[i];
            int gap = daysSpentIn(phase, random);
            if (backStep != null && phase.next() == backStep.phase()) {
                gap += 12;
            }
            day = minusWorkingDays(day, workingDays(gap));
            days.put(phase, day);
        }

        Map<Phase, OffsetDateTime> entered = new EnumMap<>(Phase.class);
        List<Step> steps = new ArrayList<>();
        Phase previous = null;
        for (Phase phase : days.keySet()) {
            OffsetDateTime at = atOfficeHours(days.get(phase), random);
            if (previous == null) {
                steps.add(new Step(at, ProcessEventType.CREATED, null, phase, createdComment));
            } else {
                if (backStep != null && phase == backStep.phase()) {
                    addBackAndForth(steps, previous, phase, days.get(previous), days.get(phase), backStep, random);
                }
                steps.add(new Step(at, ProcessEventType.PHASE_FORWARD, previous, phase, null));
            }
            entered.put(phase, at);
            previous = phase;
        }
        return new Plan(entered, List.copyOf(steps));
    }

    private static void addBackAndForth(List<Step> steps, Phase from, Phase to, LocalDate fromDay, LocalDate toDay,
                                        BackStep backStep, Random random) {
        int span = workingDaysBetween(fromDay, toDay);
        LocalDate forwardDay = plusWorkingDays(fromDay, span / 3);
        LocalDate backDay = plusWorkingDays(fromDay, 2 * span / 3);
        steps.add(new Step(atOfficeHours(forwardDay, random), ProcessEventType.PHASE_FORWARD, from, to, null));
        steps.add(new Step(atOfficeHours(backDay, random), ProcessEventType.PHASE_BACK, to, from, backStep.comment()));
    }

    /** Days a process typically stays in a phase before the next one. */
    private static int daysSpentIn(Phase phase, Random random) {
        return switch (phase) {
            case ASSESSMENT -> between(random, 7, 35);
            case EMPLOYER_CONTACT -> between(random, 10, 50);
            case MENTOR_IDENTIFIED -> between(random, 5, 25);
            case START_UP -> between(random, 5, 20);
            case FOLLOW_UP -> between(random, 60, 240);
            case CLOSURE -> between(random, 360, 375);  // Etterkontroll is 12 months after the end
            case POST_CHECK -> throw new IllegalArgumentException("Nothing follows " + phase);
        };
    }

    static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /**
     * The working day about {@code daysAgo} calendar days before today (never today), counted in working days so
     * that every weekday is equally likely.
     */
    static LocalDate workingDayAgo(LocalDate today, int daysAgo) {
        return minusWorkingDays(today, Math.max(1, daysAgo * 5 / 7));
    }

    /** Calendar days as working days, at least one. */
    private static int workingDays(int calendarDays) {
        return Math.max(1, Math.round(calendarDays * 5f / 7f));
    }

    static LocalDate minusWorkingDays(LocalDate day, int count) {
        LocalDate result = day;
        for (int i = 0; i < count; i++) {
            result = result.minusDays(1);
            while (isWeekend(result)) {
                result = result.minusDays(1);
            }
        }
        return result;
    }

    static LocalDate plusWorkingDays(LocalDate day, int count) {
        LocalDate result = day;
        for (int i = 0; i < count; i++) {
            result = result.plusDays(1);
            while (isWeekend(result)) {
                result = result.plusDays(1);
            }
        }
        return result;
    }

    /** Working days after {@code from} up to and including {@code to}. */
    static int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (!isWeekend(d)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    static LocalDate workingDayOnOrBefore(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY) {
            return day.minusDays(1);
        }
        return dow == DayOfWeek.SUNDAY ? day.minusDays(2) : day;
    }

    static LocalDate workingDayOnOrAfter(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY) {
            return day.plusDays(2);
        }
        return dow == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }

    /** Between 08:00 and 15:30 Norwegian time, whole minutes. */
    static OffsetDateTime atOfficeHours(LocalDate day, Random random) {
        LocalTime time = LocalTime.of(8, 0).plusMinutes(random.nextInt(7 * 60 + 31));
        return day.atTime(time).atZone(OSLO).toOffsetDateTime();
    }
}
