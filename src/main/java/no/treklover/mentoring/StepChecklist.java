package no.treklover.mentoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.validation.DateRanges;

/**
 * The rules of the mentor guide's checklist, as pure code: six steps, each done or not with the day it was done,
 * and the mentor's own note. The steps are a guide, not a gate: any step may be ticked in any order, and the
 * workspace suggests the first one not yet done.
 */
public final class StepChecklist {

    public static final int NOTE_MAX = 2000;

    /** One step as stored; a step never saved is not done, has no note and version 0. */
    public record StepState(GuideStep step, boolean done, LocalDate doneOn, String note, long version) {

        static StepState empty(GuideStep step) {
            return new StepState(step, false, null, null, 0);
        }
    }

    /** What the mentor asks for: done or not, optionally the day (today if none), the note. */
    public record Change(boolean done, LocalDate doneOn, String note) {
    }

    private StepChecklist() {
    }

    /** All six steps in order, the stored ones where there are any. */
    public static List<StepState> complete(Map<GuideStep, StepState> stored) {
        List<StepState> all = new ArrayList<>();
        for (GuideStep step : GuideStep.values()) {
            all.add(stored.getOrDefault(step, StepState.empty(step)));
        }
        return all;
    }

    /**
     * The state after the change, or a {@link RuleViolationException} naming the field: a done day may not be in
     * the future, a note is at most 2000 characters. Not done clears the day; done without a day is done today;
     * an unchanged done step keeps its day.
     */
    public static StepState apply(StepState current, Change change, LocalDate today) {
        String note = change.note() == null || change.note().isBlank() ? null : change.note().strip();
        List<RuleViolationException.Violation> violations = new ArrayList<>();
        if (note != null && note.length() > NOTE_MAX) {
            violations.add(new RuleViolationException.Violation("note", "mentoring.validation.tooLong", NOTE_MAX));
        }
        LocalDate doneOn = null;
        if (change.done()) {
            doneOn = change.doneOn() != null ? change.doneOn()
                    : current.done() && current.doneOn() != null ? current.doneOn() : today;
            if (doneOn.isAfter(today)) {
                violations.add(new RuleViolationException.Violation("doneOn", "mentoring.step.doneOnFuture"));
            } else {
                DateRanges.check(doneOn, "doneOn", violations);
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return new StepState(current.step(), change.done(), doneOn, note, current.version() + 1);
    }

    /** The step the guide suggests next: the first one not done, or null when all are done. */
    public static GuideStep next(List<StepState> steps) {
        return steps.stream().filter(s -> !s.done()).map(StepState::step).findFirst().orElse(null);
    }

    public static long doneCount(List<StepState> steps) {
        return steps.stream().filter(StepState::done).count();
    }
}
