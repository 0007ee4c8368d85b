package no.treklover.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * A county's statistics with one row per office, then the county and the nation; or the nation's with one row per
 * county, then the nation. Suppressed like every other view of the same period ({@code TieredSuppression}).
 *
 * @param level COUNTY or NATION
 * @param name the county's name, or null for the nation
 * @param counties the counties a national analyst can open (empty on a county's page)
 * @param phaseTimes the median days per phase, in the rows of the tables
 */
public record AreaDashboard(String level, String name, LocalDate from, LocalDate to, List<AreaTable> tables,
        List<String> counties, PhaseTimes phaseTimes) {

    /** One table: per unit, its figures per category and its total. */
    public record AreaTable(Breakdown breakdown, List<String> categories, List<AreaRow> rows) {

        /**
         * The shares of the summary rows as a chart: the county beside the nation on a county's page, the nation
         * alone on the nation's (one bar per county would not be readable).
         *
         * @param nationName the nation's name as the page shows it
         */
        public ShareChart chart(String nationName) {
            List<AreaRow> summaries = rows.stream().filter(AreaRow::summary).toList();
            return ShareChart.of(categories.stream().map(breakdown::label).toList(),
                    summaries.stream().map(r -> r.name() == null ? nationName : r.name()).toList(),
                    summaries.stream().map(r -> ShareChart.percents(r.figures())).toList());
        }
    }

    /**
     * One unit's row.
     *
     * @param summary whether the row sums others (the county, the nation)
     */
    public record AreaRow(String name, boolean summary, List<Figure> figures, Figure total) {
    }
}
