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
 */
public record AreaDashboard(String level, String name, LocalDate from, LocalDate to, List<AreaTable> tables,
        List<String> counties) {

    /** One table: per unit, its figures per category and its total. */
    public record AreaTable(Breakdown breakdown, List<String> categories, List<AreaRow> rows) {
    }

    /**
     * One unit's row.
     *
     * @param summary whether the row sums others (the county, the nation)
     */
    public record AreaRow(String name, boolean summary, List<Figure> figures, Figure total) {
    }
}
