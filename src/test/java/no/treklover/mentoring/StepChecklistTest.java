package no.treklover.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.treklover.mentoring.StepChecklist.Change;
import no.treklover.mentoring.StepChecklist.StepState;
import no.treklover.platform.errors.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepChecklistTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "was done={0} on {1}; change done={2} on {3}: done={4} on {5}")
    @CsvSource(nullValues = "-", value = {
        // was done, was on,     done,  on,          → done, on
        "false, -,          true,  -,          true,  2026-11-23",   // ticked without a day: today
        "false, -,          true,  2026-11-20, true,  2026-11-20",   // ticked with an earlier day
        "true,  2026-11-02, true,  -,          true,  2026-11-02",   // still done: keeps its day
        "true,  2026-11-02, true,  2026-11-10, true,  2026-11-10",   // day corrected
        "true,  2026-11-02, false, -,          false, -",            // unticked: day cleared
        "false, -,          false, 2026-11-20, false, -",            // not done: a day is ignored
        "false, -,          true,  2026-11-23, true,  2026-11-23",   // today is allowed
    })
    void doneAndDay(boolean wasDone, LocalDate wasOn, boolean done, LocalDate on, boolean expectDone,
            LocalDate expectOn) {
        StepState current = new StepState(GuideStep.ADAPTED_TRAINING, wasDone, wasOn, null, 3);
        StepState next = StepChecklist.apply(current, new Change(done, on, "notat"), TODAY);
        assertThat(next.done()).isEqualTo(expectDone);
        assertThat(next.doneOn()).isEqualTo(expectOn);
        assertThat(next.version()).isEqualTo(4);
        assertThat(next.step()).isEqualTo(GuideStep.ADAPTED_TRAINING);
    }

    @Test
    void aDoneDayInTheFutureIsRefusedOnItsField() {
        StepState current = new StepState(GuideStep.SAFE_RELATIONSHIP, false, null, null, 0);
        assertThatThrownBy(() -> StepChecklist.apply(current, new Change(true, TODAY.plusDays(1), null), TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(RuleViolationException.Violation::field).containsExactly("doneOn"));
    }

    @Test
    void notesAreTrimmedBlankIsNoneAndAtMost2000Characters() {
        StepState current = new StepState(GuideStep.MASTERY, false, null, "gammelt", 1);
        assertThat(StepChecklist.apply(current, new Change(false, null, "  hei  "), TODAY).note()).isEqualTo("hei");
        assertThat(StepChecklist.apply(current, new Change(false, null, "   "), TODAY).note()).isNull();
        assertThat(StepChecklist.apply(current, new Change(false, null, "x".repeat(2000)), TODAY).note())
                .hasSize(2000);
        assertThatThrownBy(() -> StepChecklist.apply(current, new Change(false, null, "x".repeat(2001)), TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(RuleViolationException.Violation::field).containsExactly("note"));
    }

    @Test
    void allSixStepsInOrderWithTheNextOneNotDone() {
        Map<GuideStep, StepState> stored = new EnumMap<>(GuideStep.class);
        assertThat(StepChecklist.complete(stored)).extracting(StepState::step).containsExactly(GuideStep.values());
        assertThat(StepChecklist.next(StepChecklist.complete(stored))).isEqualTo(GuideStep.SAFE_RELATIONSHIP);
        assertThat(StepChecklist.complete(stored)).allMatch(s -> !s.done() && s.version() == 0);

        stored.put(GuideStep.SAFE_RELATIONSHIP, new StepState(GuideStep.SAFE_RELATIONSHIP, true, TODAY, null, 1));
        stored.put(GuideStep.POSITIVE_EXPECTATIONS,
                new StepState(GuideStep.POSITIVE_EXPECTATIONS, true, TODAY, null, 2));
        List<StepState> steps = StepChecklist.complete(stored);
        assertThat(StepChecklist.next(steps)).as("steps may be done out of order; the first open one is next")
                .isEqualTo(GuideStep.ADAPTED_TRAINING);
        assertThat(StepChecklist.doneCount(steps)).isEqualTo(2);

        for (GuideStep step : GuideStep.values()) {
            stored.put(step, new StepState(step, true, TODAY, null, 1));
        }
        assertThat(StepChecklist.next(StepChecklist.complete(stored))).isNull();
        assertThat(StepChecklist.doneCount(StepChecklist.complete(stored))).isEqualTo(6);
    }

    @Test
    void stepsAreNumberedOneToSix() {
        for (int n = 1; n <= 6; n++) {
            assertThat(GuideStep.of(n).number()).isEqualTo(n);
        }
        assertThat(GuideStep.of(0)).isNull();
        assertThat(GuideStep.of(7)).isNull();
    }
}
