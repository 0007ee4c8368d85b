package no.treklover.access;

/** What a user can ask to do with a candidate's case. */
public enum Permission {
    /** See the case: candidate, process, timeline. */
    READ_CASE,
    /** Change the case: details, phase, measures. */
    EDIT_CASE,
    /** See health-related adaptation needs; outside the counsellor only with the candidate's consent. */
    READ_ADAPTATION_NEEDS,
    /** See the candidate's name and what they have chosen to share with this user's side of the cloverleaf. */
    READ_SHARED_PROFILE,
    /** Grant or withdraw consent to share: the candidate's own decision. */
    MANAGE_CONSENT,
    /** See the counsellor's contact log and the collaboration-quality indicators: the counsellor's office only. */
    READ_CONTACT_LOG
}
