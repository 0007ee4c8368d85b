package no.treklover.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import no.treklover.platform.errors.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contact log's calendar rules, table by table: the week of a day, ISO weeks, the warning's window. */
class ContactTimingTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @ParameterizedTest(name = "{0} lies in the week {1}–{2}")
    @CsvSource({
            "2026-12-07, 2026-12-07, 2026-12-13", // a Monday
            "2026-12-13, 2026-12-07, 2026-12-13", // a Sunday
            "2026-12-14, 2026-12-14, 2026-12-20",
            "2027-01-01, 2026-12-28, 2027-01-03", // a Friday across the new year
            "2026-03-29, 2026-03-23, 2026-03-29"}) // the Sunday summer time starts
    void weeksRunMondayToSunday(LocalDate day, LocalDate monday, LocalDate sunday) {
        assertThat(ContactTiming.weekOf(day)).isEqualTo(new ContactTiming.Week(monday, sunday));
    }

    @ParameterizedTest(name = "{0} is {1}–{2}")
    @CsvSource({"2026-W50, 2026-12-07, 2026-12-13", "2026-W53, 2026-12-28, 2027-01-03",
            "2027-W01, 2027-01-04, 2027-01-10", "2020-W53, 2020-12-28, 2021-01-03"})
    void isoWeeks(String iso, LocalDate monday, LocalDate sunday) {
        ContactTiming.Week week = ContactTiming.week(iso, LocalDate.of(2026, 12, 9));
        assertThat(week).isEqualTo(new ContactTiming.Week(monday, sunday));
        assertThat(week.iso()).isEqualTo(iso);
    }

    @Test
    void noWeekIsThisWeekAndBadWeeksAreRefusedOnTheirField() {
        assertThat(ContactTiming.week(null, LocalDate.of(2026, 12, 9)).monday()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(ContactTiming.week(" ", LocalDate.of(2026, 12, 9)).iso()).isEqualTo("2026-W50");
        for (String bad : new String[] {"2025-W53", "2026-W00", "2026-W60", "2026-50", "W50", "1999-W10",
                "2101-W01", "2026-W5"}) {
            assertThatThrownBy(() -> ContactTiming.week(bad, LocalDate.of(2026, 12, 9))).as(bad)
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.violations().get(0).field()).isEqualTo("week"));
        }
    }

    @Test
    void theWarningReachesBackToTheStartOfTheOsloDayAndPlansAsFarEitherWay() {
        ContactTiming.WarningWindow window = ContactTiming.warningWindow(LocalDate.of(2026, 4, 8), 14);
        // 25 March 2026 00:00 in Oslo is 23:00 UTC the day before, still winter time
        assertThat(window.contactedSince()).isEqualTo(ZonedDateTime.of(2026, 3, 25, 0, 0, 0, 0, OSLO).toInstant());
        assertThat(window.contactedSince().toString()).isEqualTo("2026-03-24T23:00:00Z");
        assertThat(window.plansFrom()).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(window.plansTo()).isEqualTo(LocalDate.of(2026, 4, 22));
        ContactTiming.WarningWindow today = ContactTiming.warningWindow(LocalDate.of(2026, 7, 1), 0);
        assertThat(today.contactedSince().toString()).isEqualTo("2026-06-30T22:00:00Z");
        assertThat(today.plansFrom()).isEqualTo(today.plansTo());
    }
}
