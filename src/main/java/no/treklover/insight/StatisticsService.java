package no.treklover.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.access.StatisticsReach;
import no.treklover.insight.suppression.TieredSuppression;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.text.NorwegianFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics of BRIEF §7 as aggregates only: counts per office, suppressed over the whole hierarchy of nation,
 * counties and offices ({@link TieredSuppression}), so that an office's page, its county's and the nation's show every
 * unit's row alike and no hidden count can be worked out from any of them together. No candidate is read one by one,
 * so nothing here is audit-logged against a candidate. The suppressed tables are kept for a while
 * ({@link SuppressedTables}).
 */
@Service
public class StatisticsService {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final Clock clock;
    private final SuppressedTables suppressedTables;

    StatisticsService(JdbcClient jdbc, AccessPolicy access, Clock clock, SuppressedTables suppressedTables) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
        this.suppressedTables = suppressedTables;
    }

    /** Offices with their names and counties. */
    private record Units(Map<String, String> countyOf, Map<String, String> nameOf) {
    }

    /** How far the user's statistics reach, with the county of her unit (null for the nation). */
    public record Reach(StatisticsReach.Level level, String county) {
    }

    @Transactional(readOnly = true)
    public Reach reach(CurrentUser user) {
        StatisticsReach reach = access.requireStatisticsReach(user);
        return new Reach(reach.level(), reach.unitId() == null ? null : units().countyOf().get(reach.unitId()));
    }

    @Transactional(readOnly = true)
    public OfficeDashboard officeDashboard(CurrentUser user, LocalDate from, LocalDate to) {
        String officeId = access.requireOfficeStatistics(user);
        StatisticsPeriod period = period(from, to);
        Units units = units();
        String county = units.countyOf().get(officeId);
        List<BreakdownTable> tables = new ArrayList<>();
        for (Breakdown breakdown : Breakdown.values()) {
            TieredSuppression tiers = tiers(breakdown, period, units);
            List<Long> office = tiers.row(officeId);
            List<Long> above = tiers.row(county);
            tables.add(new BreakdownTable(breakdown, breakdown.categories(), figures(office), total(office),
                    figures(above), total(above)));
        }
        return new OfficeDashboard(officeId, units.nameOf().get(officeId), county, period.from(), period.to(), tables);
    }

    /** A county with its offices, then the county and the nation. 404 for a county without offices. */
    @Transactional(readOnly = true)
    public AreaDashboard countyDashboard(CurrentUser user, String county, LocalDate from, LocalDate to) {
        Units units = units();
        StatisticsReach reach = access.requireStatisticsReach(user);
        access.requireCountyStatistics(user, county,
                reach.unitId() == null ? null : units.countyOf().get(reach.unitId()));
        if (!units.countyOf().containsValue(county)) {
            throw new NotFoundException("county", county);
        }
        StatisticsPeriod period = period(from, to);
        List<AreaDashboard.AreaTable> tables = new ArrayList<>();
        for (Breakdown breakdown : Breakdown.values()) {
            TieredSuppression tiers = tiers(breakdown, period, units);
            List<AreaDashboard.AreaRow> rows = new ArrayList<>();
            tiers.offices(county).forEach(office -> rows.add(row(units.nameOf().get(office), false,
                    tiers.row(office))));
            rows.add(row(county, true, tiers.row(county)));
            rows.add(row(null, true, tiers.row(TieredSuppression.NATION)));
            tables.add(new AreaDashboard.AreaTable(breakdown, breakdown.categories(), rows));
        }
        return new AreaDashboard("COUNTY", county, period.from(), period.to(), tables, List.of());
    }

    /** The nation with one row per county. */
    @Transactional(readOnly = true)
    public AreaDashboard nationDashboard(CurrentUser user, LocalDate from, LocalDate to) {
        access.requireNationStatistics(user);
        StatisticsPeriod period = period(from, to);
        Units units = units();
        List<AreaDashboard.AreaTable> tables = new ArrayList<>();
        List<String> counties = List.of();
        for (Breakdown breakdown : Breakdown.values()) {
            TieredSuppression tiers = tiers(breakdown, period, units);
            counties = tiers.counties();
            List<AreaDashboard.AreaRow> rows = new ArrayList<>();
            tiers.counties().forEach(county -> rows.add(row(county, false, tiers.row(county))));
            rows.add(row(null, true, tiers.row(TieredSuppression.NATION)));
            tables.add(new AreaDashboard.AreaTable(breakdown, breakdown.categories(), rows));
        }
        return new AreaDashboard("NATION", null, period.from(), period.to(), tables, counties);
    }

    private StatisticsPeriod period(LocalDate from, LocalDate to) {
        return StatisticsPeriod.of(from, to, LocalDate.now(clock.withZone(NorwegianFormat.OSLO)));
    }

    private Units units() {
        Map<String, String> countyOf = new LinkedHashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        jdbc.sql("select id, name, county from office order by county, name").query(rs -> {
            countyOf.put(rs.getString("id"), rs.getString("county"));
            nameOf.put(rs.getString("id"), rs.getString("name"));
        });
        return new Units(countyOf, nameOf);
    }

    private TieredSuppression tiers(Breakdown breakdown, StatisticsPeriod period, Units units) {
        return suppressedTables.get(breakdown, period, units.countyOf(), () -> count(breakdown, period, units));
    }

    private TieredSuppression count(Breakdown breakdown, StatisticsPeriod period, Units units) {
        List<String> categories = breakdown.categories();
        Map<String, long[]> counts = new HashMap<>();
        jdbc.sql(breakdown.countsByOfficeSql()).param("from", period.from()).param("to", period.to())
                .query(rs -> {
                    int category = categories.indexOf(rs.getString("category"));
                    if (category >= 0 && units.countyOf().containsKey(rs.getString("office_id"))) {
                        counts.computeIfAbsent(rs.getString("office_id"), id -> new long[categories.size()])
                                [category] += rs.getLong("n");
                    }
                });
        return TieredSuppression.of(categories, units.countyOf(), counts);
    }

    private static AreaDashboard.AreaRow row(String name, boolean summary, List<Long> counts) {
        return new AreaDashboard.AreaRow(name, summary, figures(counts), total(counts));
    }

    private static List<Figure> figures(List<Long> row) {
        Long total = row.get(row.size() - 1);
        return row.subList(0, row.size() - 1).stream().map(count -> Figure.of(count, total)).toList();
    }

    private static Figure total(List<Long> row) {
        Long total = row.get(row.size() - 1);
        return total == null ? Figure.HIDDEN : new Figure(total, null);
    }
}
