package no.treklover.survey;

/** A survey is built as a draft, answered while open and read when closed (results show in both). */
public enum SurveyState {
    DRAFT, OPEN, CLOSED
}
