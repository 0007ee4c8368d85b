package no.treklover.survey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.RuleViolationException.Violation;

/**
 * Checks a respondent's answers against the questions, as pure code: a required question answered, a choice among
 * the options, a scale value in range, a text within its column. Each error names the question's field
 * ({@code q<id>}). Returns the values to store.
 */
final class AnswerRules {

    private AnswerRules() {
    }

    static String field(Question q) {
        return "q" + q.id();
    }

    static List<SurveyAnswerBuffer.Value> values(List<Question> questions, Map<Long, List<String>> given) {
        List<Violation> violations = new ArrayList<>();
        List<SurveyAnswerBuffer.Value> values = new ArrayList<>();
        for (Question q : questions) {
            List<String> raw = given.getOrDefault(q.id(), List.of()).stream().filter(v -> v != null && !v.isBlank())
                    .map(String::strip).toList();
            if (raw.isEmpty()) {
                if (q.required()) {
                    violations.add(new Violation(field(q), "survey.answer.error.required"));
                }
                continue;
            }
            if (q.kind() == QuestionKind.TEXT) {
                String text = String.join("\n", raw);
                if (text.length() > SurveyService.TEXT_ANSWER_MAX) {
                    violations.add(new Violation(field(q), "survey.error.tooLong", SurveyService.TEXT_ANSWER_MAX));
                } else {
                    values.add(new SurveyAnswerBuffer.Value(q.id(), null, text));
                }
                continue;
            }
            if (q.kind() != QuestionKind.MULTIPLE && raw.size() > 1) {
                violations.add(new Violation(field(q), "survey.answer.error.one"));
                continue;
            }
            Set<Integer> chosen = new LinkedHashSet<>();
            boolean valid = true;
            for (String v : raw) {
                Integer index = parse(v);
                if (index == null || index < 0 || index >= q.choices().size()) {
                    valid = false;
                    break;
                }
                chosen.add(q.storedChoice(index));
            }
            if (!valid) {
                violations.add(new Violation(field(q), "survey.answer.error.choice"));
                continue;
            }
            chosen.forEach(c -> values.add(new SurveyAnswerBuffer.Value(q.id(), c, null)));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return values;
    }

    private static Integer parse(String v) {
        if (v.length() > 3) {
            return null;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
