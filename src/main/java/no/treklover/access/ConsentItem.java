package no.treklover.access;

/** What the counsellor knows about a candidate that the candidate may choose to share (BRIEF §5, step 4). */
public enum ConsentItem {
    ADAPTATION_NEEDS, // tilretteleggingsbehov (may be health-related)
    STRENGTHS,
    EXPERIENCE,
    EDUCATION,
    WISHES_AND_INTERESTS
}
