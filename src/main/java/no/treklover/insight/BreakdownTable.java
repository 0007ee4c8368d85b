package no.treklover.insight;

import java.util.List;

/**
 * One table of the dashboard: per category, the office's figure and the county's (the unit above), then the totals.
 *
 * @param categories the categories' codes, in order
 * @param office the office's figure per category
 * @param county the county's figure per category
 */
public record BreakdownTable(Breakdown breakdown, List<String> categories, List<Figure> office, Figure officeTotal,
        List<Figure> county, Figure countyTotal) {

    /** The shares as a chart: the office's bars beside the county's. */
    public ShareChart chart(String officeName, String countyName) {
        return ShareChart.of(this, officeName, countyName);
    }
}
