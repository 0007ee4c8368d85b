package no.treklover.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import no.treklover.platform.errors.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeeklyPlanRulesTest {

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
        "08:00–11:30 Bake brød     | 08:00 | 11:30 | Bake brød    | false",
        "8.00-9.15 Pakke varer     | 08:00 | 09:15 | Pakke varer  | false",
        "11:30 - 12:00 Pause       | 11:30 | 12:00 | Pause        | true",
        "10:00 Møte med mentor     | 10:00 | -     | Møte med mentor | false",
        "Rydde lageret             | -     | -     | Rydde lageret | false",
        "pause og lunsj            | -     | -     | pause og lunsj | true",
    })
    void readsALine(String line, LocalTime start, LocalTime end, String activity, boolean isBreak) {
        List<PlanItem> items = WeeklyPlanRules.parse(DayOfWeek.TUESDAY, line);
        assertThat(items).containsExactly(new PlanItem(DayOfWeek.TUESDAY, start, end, activity, isBreak));
    }

    @ParameterizedTest(name = "''{0}'': {1}")
    @CsvSource(delimiter = '|', value = {
        "25:00–26:00 Bake  | mentoring.plan.line.time",
        "08:00–07:00 Bake  | mentoring.plan.line.endAfterStart",
        "08:00–11:00       | mentoring.plan.line.activity",
        "8 Bake            | mentoring.plan.line.time",
    })
    void refusesALineItCannotRead(String line, String messageKey) {
        assertThatThrownBy(() -> WeeklyPlanRules.parse(DayOfWeek.MONDAY, "Først noe\n\n" + line))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    assertThat(e.violations().get(0).field()).isEqualTo("day.MONDAY");
                    assertThat(e.violations().get(0).messageKey()).isEqualTo(messageKey);
                    assertThat(e.violations().get(0).arguments()[0]).as("the line's number").isEqualTo(3);
                });
    }

    @Test
    void textRoundTrips() {
        String monday = "08:00–10:00 Bake brød\n10:00–10:15 Pause\nRydde";
        List<PlanItem> items = WeeklyPlanRules.parse(DayOfWeek.MONDAY, monday);
        assertThat(WeeklyPlanRules.toText(items, DayOfWeek.MONDAY)).isEqualTo(monday);
        assertThat(WeeklyPlanRules.toText(items, DayOfWeek.TUESDAY)).isEmpty();
    }

    @Test
    void validationNamesTheItemsFields() {
        List<PlanItem> items = List.of(
                new PlanItem(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(9, 0), "Bake", false),
                new PlanItem(DayOfWeek.SATURDAY, null, null, "Helgevakt", false),
                new PlanItem(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(8, 0), "Bake", false),
                new PlanItem(null, null, null, " ", false),
                new PlanItem(DayOfWeek.FRIDAY, null, LocalTime.of(8, 0), "x".repeat(201), false));
        assertThatThrownBy(() -> WeeklyPlanRules.validate(false, items))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(RuleViolationException.Violation::field)
                        .containsExactly("items[1].weekday", "items[2].endsAt", "items[3].weekday",
                                "items[3].activity", "items[4].activity", "items[4].startsAt"));
        assertThat(WeeklyPlanRules.validate(true, items.subList(0, 2))).hasSize(2);
    }

    @Test
    void aBreakNeedsNoText() {
        List<PlanItem> clean = WeeklyPlanRules.validate(false,
                List.of(new PlanItem(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(10, 15), null, true)));
        assertThat(clean.get(0).isBreak()).isTrue();
        assertThat(WeeklyPlanRules.line(clean.get(0))).isEqualTo("10:00–10:15 Pause");
    }

    /** "Dette må du gjøre nå" asks the candidate to look at her weekly plan when she has none or it is four weeks old. */
    @Test
    void theWeeklyPlanIsDueForALookWhenMissingOrFourWeeksOld() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 7);
        java.time.Instant changed = java.time.ZonedDateTime.of(2026, 11, 9, 23, 30, 0, 0,
                java.time.ZoneId.of("Europe/Oslo")).toInstant();
        assertThat(WeeklyPlanRules.reviewDue(true, null, today)).as("no plan").isTrue();
        assertThat(WeeklyPlanRules.reviewDue(true, changed, today)).as("saved empty").isTrue();
        assertThat(WeeklyPlanRules.reviewDue(false, changed, today)).as("changed 28 days ago, Oslo time").isTrue();
        assertThat(WeeklyPlanRules.reviewDue(false, changed, today.minusDays(1))).as("27 days").isFalse();
        assertThat(WeeklyPlanRules.reviewDue(false, changed.plusSeconds(3600), today))
                .as("after midnight in Oslo: the next day, 27 days").isFalse();
    }
}
