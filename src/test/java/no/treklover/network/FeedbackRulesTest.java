package no.treklover.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.treklover.platform.errors.RuleViolationException.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The feedback loop's rules, table by table: the 30-day flag and the answers' states. */
class FeedbackRulesTest {

    private static final LocalDate GIVEN = LocalDate.of(2026, 3, 2);

    @ParameterizedTest(name = "given on day 0, answered on day {0}, looked at on day {1}: flagged {2}")
    @CsvSource(nullValues = "-", value = {
            // answered day, today's day, flagged
            "-,   0, false",
            "-,  29, false",   // the last day NAV has
            "-,  30, true",    // 30 days without a response
            "-,  31, true",
            "-, 400, true",
            "30, 30, false",   // answered on day 30: in time, never flagged
            "30, 31, false",
            "29, 45, false",
            "31, 31, false",   // answered late: the flag ends with the answer
            "31, 45, false",
            "0,   0, false"})
    void theThirtyDayFlag(Integer answeredDay, int today, boolean flagged) {
        LocalDate answered = answeredDay == null ? null : GIVEN.plusDays(answeredDay);
        assertThat(FeedbackRules.flagged(GIVEN, answered, GIVEN.plusDays(today))).isEqualTo(flagged);
    }

    @ParameterizedTest(name = "the flag counts calendar days across a month end and a leap day: {0} + 30 = {1}")
    @CsvSource({"2026-01-31, 2026-03-02", "2028-02-01, 2028-03-02", "2026-12-15, 2027-01-14"})
    void flaggedFromCountsCalendarDays(LocalDate given, LocalDate flagged) {
        assertThat(FeedbackRules.flaggedFrom(given)).isEqualTo(flagged);
        assertThat(FeedbackRules.flagged(given, null, flagged.minusDays(1))).isFalse();
        assertThat(FeedbackRules.flagged(given, null, flagged)).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1} with response \"{2}\" and reason \"{3}\": {4}")
    @CsvSource(nullValues = "-", value = {
            // from, to, response, reason, problems (field:key; …) or ok
            "NEW, NOTED, Takk, -, ok",
            "NEW, CHANGED_PRACTICE, Vi endrer rutinen, -, ok",
            "NEW, WILL_NOT_CHANGE, Vi har vurdert det, Nasjonale regler, ok",
            "NEW, WILL_NOT_CHANGE, Vi har vurdert det, -, reason",
            "NEW, WILL_NOT_CHANGE, Vi har vurdert det, '  ', reason",
            "NEW, NOTED, -, -, response",
            "NEW, NOTED, '   ', -, response",
            "NEW, CHANGED_PRACTICE, -, -, response",
            "NEW, WILL_NOT_CHANGE, -, -, response reason",
            "NEW, NEW, Svar, -, status",
            "NEW, -, Svar, -, status",
            "NOTED, NOTED, Nytt svar, -, ok",
            "NOTED, CHANGED_PRACTICE, Endret likevel, -, ok",
            "NOTED, WILL_NOT_CHANGE, Nei, Fordi, ok",
            "NOTED, NEW, Svar, -, status",
            "WILL_NOT_CHANGE, CHANGED_PRACTICE, Vi har snudd, -, ok",
            "WILL_NOT_CHANGE, WILL_NOT_CHANGE, Presisert, Fordi, ok",
            "WILL_NOT_CHANGE, NOTED, Svar, -, status",
            "CHANGED_PRACTICE, NOTED, Svar, -, status",
            "CHANGED_PRACTICE, CHANGED_PRACTICE, Svar, -, status",
            "CHANGED_PRACTICE, WILL_NOT_CHANGE, Svar, Fordi, status"})
    void answers(FeedbackStatus from, FeedbackStatus to, String response, String reason, String expected) {
        List<String> fields = FeedbackRules.checkAnswer(from, to, response, reason).stream()
                .map(Violation::field).toList();
        if (expected.equals("ok")) {
            assertThat(fields).isEmpty();
        } else {
            assertThat(fields).containsExactly(expected.split(" "));
        }
    }

    @ParameterizedTest(name = "from {0} the form offers {1}")
    @CsvSource({"NEW, NOTED CHANGED_PRACTICE WILL_NOT_CHANGE", "NOTED, NOTED CHANGED_PRACTICE WILL_NOT_CHANGE",
            "WILL_NOT_CHANGE, CHANGED_PRACTICE WILL_NOT_CHANGE", "CHANGED_PRACTICE, ''"})
    void theFormOffersOnlyTheAllowedAnswers(FeedbackStatus from, String offered) {
        List<String> expected = offered.isBlank() ? List.of() : List.of(offered.split(" "));
        assertThat(FeedbackRules.answersFrom(from)).map(Enum::name).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(FeedbackRules.answersFrom(from)).doesNotContain(FeedbackStatus.NEW);
    }
}
