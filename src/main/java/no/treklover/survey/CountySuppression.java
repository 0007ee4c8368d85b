package no.treklover.survey;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import no.treklover.insight.suppression.SmallCellSuppression;
import no.treklover.insight.suppression.UnitTable;

/**
 * Which groups of a county survey's results stay hidden: per question (and for the respondents in all), the offices'
 * counts of respondents beside the county's total go through {@link SmallCellSuppression} — groups of one to four
 * hidden, then as many others as it takes so that no hidden office's count (and with it its answers) can be worked
 * out as the county's total minus the offices shown. A group the suppression hides shows nothing, like a group of
 * fewer than five.
 */
final class CountySuppression {

    /** The key of the respondents in all (a question's key is its id). */
    private static final long ALL = -1;

    private final String county;
    private final Map<Long, Set<String>> hidden = new HashMap<>();

    private CountySuppression(String county) {
        this.county = county;
    }

    /**
     * @param county the county's name (the unit above the offices)
     * @param offices every office the survey went to, answered or not
     */
    static CountySuppression of(String county, List<String> offices, List<Question> questions,
            List<SurveyResults.AnswerRow> answers) {
        CountySuppression result = new CountySuppression(county);
        result.suppress(ALL, offices, answers, a -> true);
        for (Question q : questions) {
            result.suppress(q.id(), offices, answers, a -> a.questionId() == q.id());
        }
        return result;
    }

    private void suppress(long key, List<String> offices, List<SurveyResults.AnswerRow> answers,
            Predicate<SurveyResults.AnswerRow> which) {
        Map<String, Set<UUID>> respondents = new HashMap<>();
        answers.stream().filter(which).forEach(a -> respondents.computeIfAbsent(a.officeId(), o -> new HashSet<>())
                .add(a.response()));
        UnitTable.Builder builder = UnitTable.builder(List.of("respondents")).unit(county, null);
        offices.forEach(o -> builder.leaf(o, county, respondents.getOrDefault(o, Set.of()).size()));
        UnitTable table = builder.build();
        BitSet suppressed = SmallCellSuppression.suppress(table.table());
        Set<String> units = new HashSet<>();
        for (String unit : offices) {
            if (table.row(unit, suppressed).get(0) == null) {
                units.add(unit);
            }
        }
        if (table.row(county, suppressed).get(0) == null) {
            units.add(county);
        }
        hidden.put(key, units);
    }

    /** Whether the question's results of the office (or of the county: {@code office} null) stay hidden. */
    boolean hidden(long questionId, String office) {
        return hidden.getOrDefault(questionId, Set.of()).contains(office == null ? county : office);
    }

    /** Whether the office's (or the county's) number of respondents stays hidden. */
    boolean respondentsHidden(String office) {
        return hidden(ALL, office);
    }
}
