package no.treklover.needs;

/**
 * The board's filters: office, county, level, and the need's age (posted at least this many days ago). Each is
 * applied inside what the user's {@code NeedsBoardScope} lets them see; none widens it.
 */
public record BoardFilter(String office, String county, NeedLevel level, Integer minAgeDays) {

    public static final BoardFilter NONE = new BoardFilter(null, null, null, null);

    public BoardFilter {
        office = office == null || office.isBlank() ? null : office.strip();
        county = county == null || county.isBlank() ? null : county.strip();
        minAgeDays = minAgeDays == null || minAgeDays <= 0 ? null : Math.min(minAgeDays, 3650);
    }
}
