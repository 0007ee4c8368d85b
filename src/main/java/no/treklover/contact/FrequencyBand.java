package no.treklover.contact;

/**
 * The contact frequency bands of the baseline survey (000:1309–1330: ukentlig, 2–3 ganger per måned, ca. 1 gang
 * per måned, mindre enn 1 gang per måned, aldri), most frequent first. See {@link CollaborationIndicators} for
 * the exact thresholds.
 */
public enum FrequencyBand {
    WEEKLY,
    TWO_TO_THREE_A_MONTH,
    MONTHLY,
    LESS_OFTEN,
    NEVER
}
