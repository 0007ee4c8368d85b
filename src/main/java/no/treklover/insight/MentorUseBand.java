package no.treklover.insight;

/**
 * How many processes with the mentor grant a counsellor had in the period (seed 000 table 2, in the bands of issue
 * 15): the statistics count counsellors per band, so that no counsellor is singled out.
 */
public enum MentorUseBand {
    NONE, ONE_TO_TWO, THREE_TO_FIVE, SIX_OR_MORE;

    /** The bands as one SQL {@code case} over a count column; fixed text, never input. */
    static String sqlCase(String count) {
        return "case when " + count + " = 0 then 'NONE' when " + count + " <= 2 then 'ONE_TO_TWO' when " + count
                + " <= 5 then 'THREE_TO_FIVE' else 'SIX_OR_MORE' end";
    }
}
