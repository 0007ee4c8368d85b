package no.treklover.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FollowUpCadenceTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @ParameterizedTest(name = "start {0}, last follow-up {1}, every {2} weeks: due {3}")
    @CsvSource(nullValues = "-", value = {
            // first follow-up within one month of the start, across month ends and leap years
            "2026-01-15, -, 4, 2026-02-15",
            "2026-01-31, -, 4, 2026-02-28",
            "2028-01-31, -, 4, 2028-02-29",
            "2026-03-31, -, 4, 2026-04-30",
            "2026-12-31, -, 4, 2027-01-31",
            "2028-02-29, -, 4, 2028-03-29",
            // then every N weeks from the latest held follow-up
            "2026-01-31, 2026-02-20, 4, 2026-03-20",
            "2026-01-31, 2026-02-20, 6, 2026-04-03",
            "2028-02-01, 2028-02-15, 2, 2028-02-29",
            "2026-10-01, 2026-10-20, 1, 2026-10-27",
            "2026-03-01, 2026-03-27, 4, 2026-04-24",
    })
    void nextDue(LocalDate start, LocalDate last, int weeks, LocalDate expected) {
        assertThat(FollowUpCadence.nextDue(start, last, weeks)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "start {0}, held {1}, now {2}: due {3}, overdue {4} by {5} days")
    @CsvSource(nullValues = "-", value = {
            // nothing held: due a month after the start; overdue from the day after
            "2026-01-31, -, 2026-02-28T22:59:00Z, 2026-02-28, false, 0",
            "2026-01-31, -, 2026-02-28T23:00:00Z, 2026-02-28, true, 1",
            // held at 00:30 Oslo on the first day of summer time (29 March 2026) = 23:30 UTC the day before
            "2026-03-01, 2026-03-28T23:30:00Z, 2026-04-26T12:00:00Z, 2026-04-26, false, 0",
            "2026-03-01, 2026-03-28T23:30:00Z, 2026-04-26T22:00:00Z, 2026-04-26, true, 1",
            // held at 01:30 Oslo on the last Sunday of October (the repeated hour starts at 01:00 UTC)
            "2026-10-01, 2026-10-25T00:30:00Z, 2026-11-22T22:59:00Z, 2026-11-22, false, 0",
            "2026-10-01, 2026-10-25T00:30:00Z, 2026-11-22T23:00:00Z, 2026-11-22, true, 1",
            // late on 31 December UTC is already New Year's Day in Oslo
            "2026-12-01, 2026-12-31T23:30:00Z, 2027-01-29T12:00:00Z, 2027-01-29, false, 0",
            // a held meeting before the start does not count
            "2026-05-10, 2026-05-01T10:00:00Z, 2026-06-11T10:00:00Z, 2026-06-10, true, 1",
            // several held: the latest counts, in any order
            "2026-01-05, 2026-02-20T10:00:00Z;2026-01-20T10:00:00Z, 2026-03-25T10:00:00Z, 2026-03-20, true, 5",
    })
    void evaluate(LocalDate start, String held, Instant now, LocalDate due, boolean overdue, long days) {
        List<Instant> meetings = held == null ? List.of()
                : Arrays.stream(held.split(";")).map(Instant::parse).toList();
        FollowUpCadence.Status status = FollowUpCadence.evaluate(start, meetings, 4, now, OSLO);
        assertThat(status.nextDue()).isEqualTo(due);
        assertThat(status.overdue()).isEqualTo(overdue);
        assertThat(status.daysOverdue()).isEqualTo(days);
    }

    @ParameterizedTest(name = "start date {0}, entered Oppstart {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "2026-02-01, 2026-01-10T10:00:00Z, 2026-02-01",
            "-, 2026-03-28T23:30:00Z, 2026-03-29",
            "-, 2026-10-24T22:30:00Z, 2026-10-25",
            "-, 2026-06-30T21:59:00Z, 2026-06-30",
            "-, 2026-06-30T22:00:00Z, 2026-07-01",
            "-, -, -",
    })
    void start(LocalDate startDate, Instant enteredStartUp, LocalDate expected) {
        assertThat(FollowUpCadence.start(startDate, enteredStartUp, OSLO).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "process {0}, office {1}: {2}")
    @CsvSource(nullValues = "-", value = {"-, -, 4", "-, 6, 6", "2, 6, 2", "3, -, 3"})
    void interval(Integer process, Integer office, int expected) {
        assertThat(FollowUpCadence.interval(process, office)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 27})
    void refusesIntervalsOutsideOneToTwentySixWeeks(int weeks) {
        assertThatThrownBy(() -> FollowUpCadence.nextDue(LocalDate.of(2026, 1, 1), null, weeks))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void meetingTypesThatCountAsFollowUp() {
        assertThat(MeetingType.OPPSTARTSMOTE.countsAsFollowUp()).isFalse();
        assertThat(List.of(MeetingType.TREKLOVERSAMTALE, MeetingType.OPPFOLGINGSMOTE, MeetingType.ROTASJON,
                MeetingType.EVALUERING_AVSLUTNING)).allMatch(MeetingType::countsAsFollowUp);
    }
}
