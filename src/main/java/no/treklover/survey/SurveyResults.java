package no.treklover.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Results of one group of respondents (an office, or all), question by question, as pure code. A question that fewer
 * than {@link #MIN_RESPONDENTS} of the group answered shows nothing — no counts, no shares, no free text — so
 * no answer can be tied to one of a handful of people (BRIEF §7, the same threshold as the statistics).
 */
public final class SurveyResults {

    public static final int MIN_RESPONDENTS = 5;

    /** One stored answer: the anonymous response it belongs to, the respondent's office group, the value. */
    public record AnswerRow(UUID response, String officeId, long questionId, Integer choice, String text) {
    }

    /** One value of a question: its label, and count and share of the question's respondents (null when hidden). */
    public record Row(String label, Integer count, BigDecimal percent) {
    }

    /**
     * One question's result in a group. {@code respondents} is null when hidden (fewer than five), as are the rows'
     * counts and shares; {@code texts} are a free-text question's answers, shown only when not hidden.
     */
    public record QuestionResult(Question question, Integer respondents, List<Row> rows, List<String> texts) {

        public boolean hidden() {
            return respondents == null;
        }

        /** The largest share of a row, for the chart's scale (at least 1). */
        public BigDecimal maxPercent() {
            return rows.stream().map(Row::percent).filter(p -> p != null).max(BigDecimal::compareTo)
                    .filter(p -> p.signum() > 0).orElse(BigDecimal.ONE);
        }
    }

    private SurveyResults() {
    }

    /** The results of the respondents whose office the filter accepts (all offices: {@code o -> true}). */
    public static List<QuestionResult> of(List<Question> questions, List<AnswerRow> answers,
            Predicate<String> office) {
        Map<Long, List<AnswerRow>> byQuestion = answers.stream().filter(a -> office.test(a.officeId()))
                .collect(Collectors.groupingBy(AnswerRow::questionId));
        List<QuestionResult> results = new ArrayList<>();
        for (Question q : questions) {
            results.add(result(q, byQuestion.getOrDefault(q.id(), List.of())));
        }
        return results;
    }

    static QuestionResult result(Question q, List<AnswerRow> answers) {
        Set<UUID> respondents = new HashSet<>();
        answers.forEach(a -> respondents.add(a.response()));
        int n = respondents.size();
        boolean hidden = n < MIN_RESPONDENTS;
        List<Row> rows = new ArrayList<>();
        List<String> choices = q.choices();
        for (int i = 0; i < choices.size(); i++) {
            int stored = q.storedChoice(i);
            if (hidden) {
                rows.add(new Row(choices.get(i), null, null));
            } else {
                int count = (int) answers.stream().filter(a -> a.choice() != null && a.choice() == stored).count();
                rows.add(new Row(choices.get(i), count, percent(count, n)));
            }
        }
        List<String> texts = hidden ? List.of()
                : answers.stream().map(AnswerRow::text).filter(t -> t != null).sorted().toList();
        return new QuestionResult(q, hidden ? null : n, rows, texts);
    }

    /** {@code count} of {@code n} in percent, one decimal, half up. */
    public static BigDecimal percent(int count, int n) {
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
    }
}
