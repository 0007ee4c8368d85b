package no.treklover.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two rounds of one question (three options) against figures worked out by hand: each case gives how many chose
 * each option in the earlier and the later round, and the shares and changes in percentage points expected ("–" for
 * hidden: fewer than five respondents in either round).
 */
class RoundComparisonTest {

    static final Question EARLIER = new Question(10, 1, "k", null, QuestionKind.SINGLE, "Hvor ofte?", true,
            List.of("Ukentlig", "Månedlig", "Sjeldnere"), null, null, null);
    static final Question LATER = new Question(20, 1, "k", null, QuestionKind.SINGLE, "Hvor ofte?", true,
            List.of("Ukentlig", "Månedlig", "Sjeldnere"), null, null, null);

    static Stream<Arguments> cases() {
        return Stream.of(
                // 3/10 → 6/12: 30,0 → 50,0 = +20,0; 5/10 → 4/12: 50,0 → 33,3 = −16,7; 2/10 → 2/12: 20,0 → 16,7 = −3,3
                Arguments.of(new int[] {3, 5, 2}, new int[] {6, 4, 2},
                        List.of("30.0", "50.0", "20.0"), List.of("50.0", "33.3", "16.7"), List.of("20.0", "-16.7", "-3.3")),
                // 1/3 → 2/3 exactly: 33,3 → 66,7; the change from the exact shares is +33,3 (not 66,7 − 33,3 = 33,4)
                Arguments.of(new int[] {2, 2, 2}, new int[] {4, 1, 1},
                        List.of("33.3", "33.3", "33.3"), List.of("66.7", "16.7", "16.7"), List.of("33.3", "-16.7", "-16.7")),
                // unchanged shares at different sizes: 1/5 → 2/10 = ±0,0
                Arguments.of(new int[] {1, 2, 2}, new int[] {2, 4, 4},
                        List.of("20.0", "40.0", "40.0"), List.of("20.0", "40.0", "40.0"), List.of("0.0", "0.0", "0.0")),
                // earlier round of 4: its shares hidden, no change shown; the later round of 7 shows
                Arguments.of(new int[] {2, 1, 1}, new int[] {3, 3, 1},
                        List.of("–", "–", "–"), List.of("42.9", "42.9", "14.3"), List.of("–", "–", "–")),
                // later round of 4: hidden, and so is the change
                Arguments.of(new int[] {5, 5, 0}, new int[] {1, 1, 2},
                        List.of("50.0", "50.0", "0.0"), List.of("–", "–", "–"), List.of("–", "–", "–")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void comparesAgainstHandComputedFigures(int[] earlier, int[] later, List<String> earlierShares,
            List<String> laterShares, List<String> changes) {
        List<RoundComparison.QuestionChange> result = RoundComparison.compare(
                SurveyResults.of(List.of(EARLIER), rows(EARLIER, earlier), o -> true),
                SurveyResults.of(List.of(LATER), rows(LATER, later), o -> true));
        assertThat(result).hasSize(1);
        RoundComparison.QuestionChange q = result.get(0);
        assertThat(q.comparable()).isTrue();
        assertThat(q.changes()).extracting(c -> text(c.earlier())).containsExactlyElementsOf(earlierShares);
        assertThat(q.changes()).extracting(c -> text(c.later())).containsExactlyElementsOf(laterShares);
        assertThat(q.changes()).extracting(c -> text(c.points())).containsExactlyElementsOf(changes);
    }

    @Test
    void aQuestionWhoseOptionsChangedIsNotCompared() {
        Question changed = new Question(30, 1, "k", null, QuestionKind.SINGLE, "Hvor ofte?", true,
                List.of("Ofte", "Sjelden"), null, null, null);
        List<RoundComparison.QuestionChange> result = RoundComparison.compare(
                SurveyResults.of(List.of(EARLIER), rows(EARLIER, new int[] {5, 5, 5}), o -> true),
                SurveyResults.of(List.of(changed), rows(changed, new int[] {5, 5}), o -> true));
        assertThat(result.get(0).comparable()).isFalse();
        assertThat(result.get(0).changes()).allSatisfy(c -> assertThat(c.points()).isNull());
    }

    private static String text(BigDecimal value) {
        return value == null ? "–" : value.toPlainString();
    }

    private static List<SurveyResults.AnswerRow> rows(Question q, int[] counts) {
        List<SurveyResults.AnswerRow> rows = new ArrayList<>();
        for (int option = 0; option < counts.length; option++) {
            for (int i = 0; i < counts[option]; i++) {
                rows.add(new SurveyResults.AnswerRow(UUID.randomUUID(), "0315", q.id(), option, null));
            }
        }
        return rows;
    }
}
