package no.treklover.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.treklover.platform.errors.RuleViolationException.Violation;

/**
 * What the builder accepts for a question, as pure code: each broken rule a field and a message key. The lengths
 * fit the columns of {@code survey_question}.
 */
public final class QuestionRules {

    static final int TEXT_MAX = 500;
    static final int SECTION_MAX = 200;
    static final int OPTION_MAX = 200;
    static final int OPTIONS_MAX = 20;
    static final int OPTIONS_TEXT_MAX = 4000;
    static final int LABEL_MAX = 100;

    private QuestionRules() {
    }

    public static List<Violation> check(QuestionDraft q) {
        List<Violation> violations = new ArrayList<>();
        if (q.kind() == null) {
            violations.add(new Violation("kind", "survey.error.kind"));
        }
        if (blank(q.text())) {
            violations.add(new Violation("text", "survey.error.text"));
        } else if (q.text().strip().length() > TEXT_MAX) {
            violations.add(new Violation("text", "survey.error.tooLong", TEXT_MAX));
        }
        if (q.section() != null && q.section().strip().length() > SECTION_MAX) {
            violations.add(new Violation("section", "survey.error.tooLong", SECTION_MAX));
        }
        if (q.kind() != null && q.kind().hasOptions()) {
            checkOptions(q.options(), violations);
        }
        if (q.kind() == QuestionKind.SCALE) {
            if (q.scaleMax() == null || q.scaleMax() != 5 && q.scaleMax() != 10) {
                violations.add(new Violation("scaleMax", "survey.error.scaleMax"));
            }
            checkLabel("lowLabel", q.lowLabel(), violations);
            checkLabel("highLabel", q.highLabel(), violations);
        }
        return violations;
    }

    private static void checkOptions(String text, List<Violation> violations) {
        if (text != null && text.length() > OPTIONS_TEXT_MAX) {
            violations.add(new Violation("options", "survey.error.tooLong", OPTIONS_TEXT_MAX));
            return;
        }
        List<String> options = Question.lines(text);
        if (options.size() < 2) {
            violations.add(new Violation("options", "survey.error.options.tooFew"));
        } else if (options.size() > OPTIONS_MAX) {
            violations.add(new Violation("options", "survey.error.options.tooMany", OPTIONS_MAX));
        } else if (options.stream().anyMatch(o -> o.length() > OPTION_MAX)) {
            violations.add(new Violation("options", "survey.error.options.tooLong", OPTION_MAX));
        } else {
            Set<String> seen = new HashSet<>();
            if (!options.stream().map(String::toLowerCase).allMatch(seen::add)) {
                violations.add(new Violation("options", "survey.error.options.duplicate"));
            }
        }
    }

    private static void checkLabel(String field, String label, List<Violation> violations) {
        if (blank(label)) {
            violations.add(new Violation(field, "survey.error.label"));
        } else if (label.strip().length() > LABEL_MAX) {
            violations.add(new Violation(field, "survey.error.tooLong", LABEL_MAX));
        }
    }

    /** The survey's own fields: a title (200) and an optional introduction (2000). */
    public static List<Violation> checkSurvey(String title, String intro, SurveyAudience audience) {
        List<Violation> violations = new ArrayList<>();
        if (blank(title)) {
            violations.add(new Violation("title", "survey.error.title"));
        } else if (title.strip().length() > 200) {
            violations.add(new Violation("title", "survey.error.tooLong", 200));
        }
        if (intro != null && intro.strip().length() > 2000) {
            violations.add(new Violation("intro", "survey.error.tooLong", 2000));
        }
        if (audience == null) {
            violations.add(new Violation("audience", "survey.error.audience"));
        }
        return violations;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
