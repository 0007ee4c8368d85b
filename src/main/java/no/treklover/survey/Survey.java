package no.treklover.survey;

import java.time.Instant;
import java.util.List;

/** A survey with its questions in order, as the builder, the preview and the answer page show it. */
public record Survey(long id, String officeId, String officeName, String title, String intro,
        SurveyAudience audience, SurveyState state, boolean triggered, long seriesId, int round, Instant openedAt,
        Instant closedAt, long version, List<Question> questions, String county) {

    /** Whether it went to every office of a county (then {@code county} names it) rather than to its own office. */
    public boolean byCounty() {
        return county != null;
    }

    public boolean isDraft() {
        return state == SurveyState.DRAFT;
    }

    public boolean isOpen() {
        return state == SurveyState.OPEN;
    }

    /** The question before {@code index} (null for the first), for section headings. */
    public Question before(int index) {
        return index == 0 ? null : questions.get(index - 1);
    }
}
