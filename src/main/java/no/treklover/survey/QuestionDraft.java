package no.treklover.survey;

/** A question as the builder sends it, before {@link QuestionRules} accepts it. Options one a line. */
public record QuestionDraft(String section, QuestionKind kind, String text, boolean required, String options,
        Integer scaleMax, String lowLabel, String highLabel) {
}
