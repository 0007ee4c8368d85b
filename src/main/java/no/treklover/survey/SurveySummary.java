package no.treklover.survey;

import java.time.Instant;

/** One line of the office's survey list: how many were asked and how many answered (flags, not answers). */
public record SurveySummary(long id, String title, SurveyAudience audience, SurveyState state, boolean triggered,
        int round, Instant createdAt, int recipients, int answered) {
}
