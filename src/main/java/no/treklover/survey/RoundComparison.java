package no.treklover.survey;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A later round of a survey beside an earlier one, question by question (matched by the question's key), each value's
 * share in both and the change in percentage points. The under-5 rule holds on both sides: a change is shown only
 * when both rounds' groups had at least five respondents to the question. The change is worked out from the exact
 * shares and rounded once, so it may differ by 0,1 from the difference of the two rounded shares.
 */
public final class RoundComparison {

    /** One value: its share in the earlier and the later round and the change (each null when hidden). */
    public record Change(String label, BigDecimal earlier, BigDecimal later, BigDecimal points) {
    }

    /**
     * One question in both rounds; {@code comparable} false when the question is missing from the earlier round or
     * its choices differ (then no changes are shown). The respondent counts are null when hidden.
     */
    public record QuestionChange(Question question, boolean comparable, Integer earlierRespondents,
            Integer laterRespondents, List<Change> changes) {
    }

    private RoundComparison() {
    }

    /** Every question of the later round that has choices (free text is not compared). */
    public static List<QuestionChange> compare(List<SurveyResults.QuestionResult> earlier,
            List<SurveyResults.QuestionResult> later) {
        Map<String, SurveyResults.QuestionResult> before = earlier.stream()
                .collect(Collectors.toMap(r -> r.question().key(), Function.identity(), (a, b) -> a));
        List<QuestionChange> changes = new ArrayList<>();
        for (SurveyResults.QuestionResult now : later) {
            if (now.question().kind() == QuestionKind.TEXT) {
                continue;
            }
            SurveyResults.QuestionResult then = before.get(now.question().key());
            boolean comparable = then != null && then.question().choices().equals(now.question().choices());
            List<Change> rows = new ArrayList<>();
            for (int i = 0; i < now.rows().size(); i++) {
                SurveyResults.Row after = now.rows().get(i);
                SurveyResults.Row prior = comparable ? then.rows().get(i) : null;
                BigDecimal points = comparable && !then.hidden() && !now.hidden()
                        ? points(prior.count(), then.respondents(), after.count(), now.respondents()) : null;
                rows.add(new Change(after.label(), prior == null ? null : prior.percent(), after.percent(), points));
            }
            changes.add(new QuestionChange(now.question(), comparable,
                    then == null ? null : then.respondents(), now.respondents(), rows));
        }
        return changes;
    }

    /** (laterCount / laterN − earlierCount / earlierN) × 100, one decimal, half up. */
    static BigDecimal points(int earlierCount, int earlierN, int laterCount, int laterN) {
        BigDecimal before = BigDecimal.valueOf(earlierCount * 100L).divide(BigDecimal.valueOf(earlierN),
                MathContext.DECIMAL64);
        BigDecimal after = BigDecimal.valueOf(laterCount * 100L).divide(BigDecimal.valueOf(laterN),
                MathContext.DECIMAL64);
        return after.subtract(before).setScale(1, RoundingMode.HALF_UP);
    }
}
