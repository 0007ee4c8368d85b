package no.treklover.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The next gathering three months after the last; the mentor course's follow-up four weeks after the course. */
class GatheringScheduleTest {

    @ParameterizedTest(name = "last {0}, today {1}: suggest {2}")
    @CsvSource(nullValues = "-", value = {
            "2026-09-10, 2026-10-01, 2026-12-10",
            "2026-11-30, 2026-12-01, 2027-02-28",  // month end: the last day of February
            "-,          2026-12-01, 2027-03-01",  // no gathering yet: three months from today
            "2026-01-10, 2026-12-01, 2026-12-15"}) // long overdue: two weeks from today, never in the past
    void suggestsTheNextGathering(LocalDate last, LocalDate today, LocalDate expected) {
        assertThat(GatheringSchedule.suggestNext(last, today)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "course {0}: follow-up {1}")
    @CsvSource({"2026-03-05, 2026-04-02", "2026-12-17, 2027-01-14"})
    void courseFollowUpFourWeeksLater(LocalDate course, LocalDate followUp) {
        assertThat(GatheringSchedule.courseFollowUp(course)).isEqualTo(followUp);
    }
}
