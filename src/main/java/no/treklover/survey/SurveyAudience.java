package no.treklover.survey;

/** Who a survey is sent to (resolved when it is sent: the office's people of that kind). */
public enum SurveyAudience {
    COUNSELLOR, MENTOR, EMPLOYER
}
