package no.treklover.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A county survey's groups: an office of one to four respondents is hidden, and so is at least one more office, so
 * that the county's total minus the offices shown never gives a hidden office's count away; per question too.
 */
class CountySuppressionTest {

    private static final List<String> OFFICES = List.of("0301", "0302", "0303");

    /** n respondents at the office who answer the first question, the first {@code texts} of them the free text. */
    private static List<SurveyResults.AnswerRow> answers(String office, int n, int texts) {
        List<SurveyResults.AnswerRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID r = UUID.randomUUID();
            rows.add(new SurveyResults.AnswerRow(r, office, SurveyResultsTest.SINGLE.id(), i % 3, null));
            if (i < texts) {
                rows.add(new SurveyResults.AnswerRow(r, office, SurveyResultsTest.TEXT.id(), null, "tekst " + i));
            }
        }
        return rows;
    }

    private static CountySuppression of(List<SurveyResults.AnswerRow> rows) {
        return CountySuppression.of("Oslo", OFFICES, List.of(SurveyResultsTest.SINGLE, SurveyResultsTest.TEXT),
                rows);
    }

    @Test
    void aSmallOfficeAndOneMoreAreHiddenSoTheCountyTotalGivesNeitherAway() {
        CountySuppression s = of(Stream.of(answers("0301", 20, 0), answers("0302", 3, 0), answers("0303", 7, 0))
                .flatMap(List::stream).toList());
        assertThat(s.respondentsHidden("0302")).as("three respondents").isTrue();
        List<String> hidden = OFFICES.stream().filter(s::respondentsHidden).toList();
        assertThat(hidden).as("30 minus the offices shown would otherwise be 0302's three").hasSizeGreaterThanOrEqualTo(2);
        assertThat(s.respondentsHidden(null)).as("the county's 30").isFalse();
        assertThat(s.hidden(SurveyResultsTest.SINGLE.id(), "0302")).isTrue();
        assertThat(OFFICES.stream().filter(o -> s.hidden(SurveyResultsTest.SINGLE.id(), o)).toList())
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void anOptionalQuestionIsSuppressedOnItsOwnCounts() {
        CountySuppression s = of(Stream.of(answers("0301", 20, 10), answers("0302", 6, 0), answers("0303", 7, 3))
                .flatMap(List::stream).toList());
        assertThat(OFFICES.stream().filter(s::respondentsHidden).toList()).as("every office has five or more")
                .isEmpty();
        long text = SurveyResultsTest.TEXT.id();
        assertThat(s.hidden(text, "0303")).as("three answered the free text there").isTrue();
        assertThat(OFFICES.stream().filter(o -> s.hidden(text, o)).toList())
                .as("13 minus the offices shown would otherwise give 0303's 3").hasSizeGreaterThanOrEqualTo(2);
        assertThat(s.hidden(SurveyResultsTest.SINGLE.id(), "0301")).isFalse();
    }

    @Test
    void officesOfFiveOrMoreAreAllShown() {
        CountySuppression s = of(Stream.of(answers("0301", 5, 5), answers("0302", 6, 6), answers("0303", 9, 5))
                .flatMap(List::stream).toList());
        for (String office : OFFICES) {
            assertThat(s.respondentsHidden(office)).isFalse();
            assertThat(s.hidden(SurveyResultsTest.TEXT.id(), office)).isFalse();
        }
        assertThat(s.respondentsHidden(null)).isFalse();
    }
}
