package no.treklover.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    @ParameterizedTest(name = "Easter Sunday {0} is {1}")
    @CsvSource({
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2028, 2028-04-16",
        "2038, 2038-04-25",
        "2285, 2285-03-22",
    })
    void easterSunday(int year, LocalDate expected) {
        assertThat(WorkingDays.easterSunday(year)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is a working day: {1} ({2})")
    @CsvSource({
        "2026-03-30, true,  Monday before Easter",
        "2026-04-01, true,  Wednesday before Easter",
        "2026-04-02, false, Maundy Thursday",
        "2026-04-03, false, Good Friday",
        "2026-04-04, false, Saturday",
        "2026-04-05, false, Easter Sunday",
        "2026-04-06, false, Easter Monday",
        "2026-04-07, true,  Tuesday after Easter",
        "2026-05-01, false, 1 May on a Friday",
        "2026-05-14, false, Ascension Day 2026",
        "2026-05-25, false, Whit Monday 2026",
        "2027-05-17, false, 17 May on a Monday (also Whit Monday)",
        "2028-05-17, false, 17 May on a Wednesday",
        "2028-05-16, true,  the day before 17 May",
        "2026-12-24, true,  Christmas Eve is not a public holiday",
        "2026-12-25, false, Christmas Day",
        "2026-12-26, false, Boxing Day on a Saturday",
        "2027-01-01, false, New Year's Day",
        "2026-11-23, true,  an ordinary Monday",
        "2026-11-22, false, an ordinary Sunday",
    })
    void workingDay(LocalDate day, boolean expected, String why) {
        assertThat(WorkingDays.isWorkingDay(day)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "asked {0}: answer due {1} ({2})")
    @CsvSource({
        "2026-11-23, 2026-11-25, Monday: Wednesday",
        "2026-11-26, 2026-11-30, Thursday: over the weekend to Monday",
        "2026-11-27, 2026-12-01, Friday: Tuesday",
        "2026-11-28, 2026-12-01, Saturday: Tuesday",
        "2026-11-29, 2026-12-01, Sunday: Tuesday",
        "2026-04-01, 2026-04-08, Wednesday before Easter: the whole Easter is skipped",
        "2026-03-31, 2026-04-07, Tuesday before Easter: Wednesday and the Tuesday after",
        "2027-05-14, 2027-05-19, Friday before 17 May 2027 (a Monday): Tuesday and Wednesday",
        "2028-05-15, 2028-05-18, Monday before 17 May 2028 (a Wednesday): Tuesday and Thursday",
        "2028-05-24, 2028-05-29, Wednesday before Ascension Day 2028: Friday and Monday",
        "2026-12-23, 2026-12-28, before Christmas: the 24th and the 28th",
        "2027-05-13, 2027-05-18, Thursday before 17 May 2027 (also Whit Monday): Friday and Tuesday",
    })
    void answerDue(LocalDate asked, LocalDate due, String why) {
        assertThat(WorkingDays.answerDue(asked)).as(why).isEqualTo(due);
        assertThat(WorkingDays.overdue(asked, due)).as("not overdue on the due day").isFalse();
        assertThat(WorkingDays.overdue(asked, due.plusDays(1))).as("overdue the day after").isTrue();
        assertThat(WorkingDays.overdue(asked, asked)).as("not overdue the day it was asked").isFalse();
    }
}
