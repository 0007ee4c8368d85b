package no.treklover.survey;

import java.util.ArrayList;
import java.util.List;

/**
 * One question as stored. {@code options} are the choices of a choice question; a scale's are its values 1..max.
 * {@code key} is the same in every round of a series, so rounds compare question by question.
 */
public record Question(long id, int position, String key, String section, QuestionKind kind, String text,
        boolean required, List<String> options, Integer scaleMax, String lowLabel, String highLabel) {

    /** The answerable values' labels: the options, or "1".."max" of a scale, or none for free text. */
    public List<String> choices() {
        if (kind == QuestionKind.SCALE && scaleMax != null) {
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= scaleMax; i++) {
                values.add(Integer.toString(i));
            }
            return values;
        }
        return options;
    }

    /** The stored value of choice number {@code index} (0-based): the option index, or the scale value. */
    int storedChoice(int index) {
        return kind == QuestionKind.SCALE ? index + 1 : index;
    }

    /** The index into {@link #choices()} of a stored value. */
    int choiceIndex(int stored) {
        return kind == QuestionKind.SCALE ? stored - 1 : stored;
    }

    /** Whether a section heading starts at this question (it differs from the one before). */
    public boolean startsSection(Question previous) {
        return section != null && (previous == null || !section.equals(previous.section()));
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
