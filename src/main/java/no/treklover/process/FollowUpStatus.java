package no.treklover.process;

/** Status at the Etterkontroll 12 months after the end. */
public enum FollowUpStatus {
    NOT_DUE, STILL_EMPLOYED, EMPLOYED_ELSEWHERE, IN_EDUCATION, NOT_EMPLOYED, UNKNOWN
}
