package no.treklover.insight;

/**
 * How many employers were contacted in Arbeidsgiverkontakt before one was chosen, the chosen one included (BRIEF
 * §3.2, issue 15), in bands: the statistics count processes per band.
 */
public enum EmployersContactedBand {
    ONE, TWO_TO_THREE, FOUR_TO_NINE, TEN_OR_MORE;

    /** The bands as one SQL {@code case} over a count column, null where the count is; fixed text, never input. */
    static String sqlCase(String count) {
        return "case when " + count + " is null then null when " + count + " <= 1 then 'ONE' when " + count
                + " <= 3 then 'TWO_TO_THREE' when " + count + " <= 9 then 'FOUR_TO_NINE' else 'TEN_OR_MORE' end";
    }
}
