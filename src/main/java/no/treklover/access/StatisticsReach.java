package no.treklover.access;

/**
 * How far a user's statistics reach (BRIEF §7, issue 15): an office (the office leader, beside its county), the county
 * of a unit (a county's analyst) or the nation (a national analyst, who opens every county too). Aggregates only.
 *
 * @param level how far
 * @param unitId the office, or the unit whose county it is; null for the nation
 */
public record StatisticsReach(Level level, String unitId) {

    public enum Level {
        OFFICE, COUNTY, NATION
    }

    public static StatisticsReach office(String officeId) {
        return new StatisticsReach(Level.OFFICE, officeId);
    }

    public static StatisticsReach countyOf(String unitId) {
        return new StatisticsReach(Level.COUNTY, unitId);
    }

    public static StatisticsReach nation() {
        return new StatisticsReach(Level.NATION, null);
    }
}
