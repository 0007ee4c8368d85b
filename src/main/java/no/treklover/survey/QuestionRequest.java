package no.treklover.survey;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A question for the API's builder: the options as a list (one per option, none with a line break); the builder's
 * rules ({@link QuestionRules}) apply as on the page.
 */
public record QuestionRequest(@Size(max = QuestionRules.SECTION_MAX) String section, @NotNull QuestionKind kind,
        @Size(max = QuestionRules.TEXT_MAX) String text, boolean required,
        @Size(max = QuestionRules.OPTIONS_MAX) List<@Size(max = QuestionRules.OPTION_MAX) String> options,
        Integer scaleMax, @Size(max = QuestionRules.LABEL_MAX) String lowLabel,
        @Size(max = QuestionRules.LABEL_MAX) String highLabel) {

    QuestionDraft toDraft() {
        return new QuestionDraft(section, kind, text, required, options == null ? null : String.join("\n", options),
                scaleMax, lowLabel, highLabel);
    }

    /** An option with a line break would become two: refused on the field. */
    boolean hasLineBreakInOption() {
        return options != null && options.stream().anyMatch(o -> o != null && (o.contains("\n") || o.contains("\r")));
    }
}
