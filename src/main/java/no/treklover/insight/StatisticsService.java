package no.treklover.insight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.access.StatisticsReach;
import no.treklover.insight.suppression.TieredSuppression;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.text.NorwegianFormat;
import no.treklover.platform.web.RequestMemo;
import no.treklover.process.Phase;
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
    /** When a user last opened a dashboard on this node; {@link StatisticsWarmUp} counts ahead only for a while after. */
    private volatile Instant lastViewed;

    StatisticsService(JdbcClient jdbc, AccessPolicy access, Clock clock, SuppressedTables suppressedTables) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
        this.suppressedTables = suppressedTables;
    }

    /**
     * NAV units with their names and counties: {@code countyOf} every unit (an analyst's Arbeidslivssenter gives her
     * county), {@code officeCounty} the local offices only, the units the statistics list and count.
     */
    private record Units(Map<String, String> countyOf, Map<String, String> nameOf, Map<String, String> officeCounty) {
    }

    /** How far the user's statistics reach, with the county of her unit (null for the nation). */
    public record Reach(StatisticsReach.Level level, String county) {
    }

    @Transactional(readOnly = true)
    public Reach reach(CurrentUser user) {
        StatisticsReach reach = reachOf(user);
        return new Reach(reach.level(), reach.unitId() == null ? null : units().countyOf().get(reach.unitId()));
    }

    @Transactional(readOnly = true)
    public OfficeDashboard officeDashboard(CurrentUser user, LocalDate from, LocalDate to) {
        String officeId = access.requireOfficeStatistics(user);
        lastViewed = clock.instant();
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
        Map<String, Long[]> medians = medians(period, units);
        PhaseTimes phaseTimes = new PhaseTimes(LEFT_PHASES, List.of(
                medianRow(medians, officeId, units.nameOf().get(officeId), false),
                medianRow(medians, county, county, true)));
        return new OfficeDashboard(officeId, units.nameOf().get(officeId), county, period.from(), period.to(), tables,
                phaseTimes);
    }

    /** A county with its offices, then the county and the nation. 404 for a county without offices. */
    @Transactional(readOnly = true)
    public AreaDashboard countyDashboard(CurrentUser user, String county, LocalDate from, LocalDate to) {
        Units units = units();
        StatisticsReach reach = reachOf(user);
        access.requireCountyStatistics(user, county,
                reach.unitId() == null ? null : units.countyOf().get(reach.unitId()));
        lastViewed = clock.instant();
        if (!units.officeCounty().containsValue(county)) {
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
        Map<String, Long[]> medians = medians(period, units);
        List<PhaseTimes.PhaseTimesRow> medianRows = new ArrayList<>();
        units.officeCounty().forEach((office, itsCounty) -> {
            if (itsCounty.equals(county)) {
                medianRows.add(medianRow(medians, office, units.nameOf().get(office), false));
            }
        });
        medianRows.add(medianRow(medians, county, county, true));
        medianRows.add(medianRow(medians, NATION, null, true));
        return new AreaDashboard("COUNTY", county, period.from(), period.to(), tables, List.of(),
                new PhaseTimes(LEFT_PHASES, medianRows));
    }

    /** The nation with one row per county. */
    @Transactional(readOnly = true)
    public AreaDashboard nationDashboard(CurrentUser user, LocalDate from, LocalDate to) {
        access.requireNationStatistics(user);
        lastViewed = clock.instant();
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
        Map<String, Long[]> medians = medians(period, units);
        List<PhaseTimes.PhaseTimesRow> medianRows = new ArrayList<>();
        counties.forEach(county -> medianRows.add(medianRow(medians, county, county, false)));
        medianRows.add(medianRow(medians, NATION, null, true));
        return new AreaDashboard("NATION", null, period.from(), period.to(), tables, counties,
                new PhaseTimes(LEFT_PHASES, medianRows));
    }

    /**
     * A table's counts for a fixed set of processes, unsuppressed and whatever their period: for checking the
     * figures of a known set of cases (the baseline study's 21) against the study. Not for any page.
     */
    @Transactional(readOnly = true)
    Map<String, Long> rawCounts(Breakdown breakdown, java.util.Collection<Long> processIds) {
        Map<String, Long> counts = new LinkedHashMap<>();
        breakdown.categories().forEach(category -> counts.put(category, 0L));
        count(breakdown, jdbc.sql(breakdown.rawCountsSql()).param("ids", processIds),
                (office, category, n) -> counts.merge(category, n, Long::sum));
        return counts;
    }

    private StatisticsPeriod period(LocalDate from, LocalDate to) {
        return StatisticsPeriod.of(from, to, LocalDate.now(clock.withZone(NorwegianFormat.OSLO)));
    }

    /**
     * Counts the default period's tables and phase medians into the kept figures ({@link StatisticsWarmUp}), so
     * that the first view of the day does not pay for them: no user, nothing shown.
     */
    void warmDefaultPeriod() {
        StatisticsPeriod period = period(null, null);
        Units units = readUnits();
        for (Breakdown breakdown : Breakdown.values()) {
            tiers(breakdown, period, units);
        }
        medians(period, units);
    }

    Optional<Instant> lastViewed() {
        return Optional.ofNullable(lastViewed);
    }

    /** The user's reach, read once per request (a page and its parts ask more than once). */
    private StatisticsReach reachOf(CurrentUser user) {
        return RequestMemo.once("insight.reach:" + user.id(), () -> access.requireStatisticsReach(user));
    }

    /** The NAV units, read once per request. */
    private Units units() {
        return RequestMemo.once("insight.units", this::readUnits);
    }

    private Units readUnits() {
        Map<String, String> countyOf = new LinkedHashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        Map<String, String> officeCounty = new LinkedHashMap<>();
        jdbc.sql("select id, name, county, kind from office order by county, name").query(rs -> {
            countyOf.put(rs.getString("id"), rs.getString("county"));
            nameOf.put(rs.getString("id"), rs.getString("name"));
            if ("OFFICE".equals(rs.getString("kind"))) {
                officeCounty.put(rs.getString("id"), rs.getString("county"));
            }
        });
        return new Units(countyOf, nameOf, officeCounty);
    }

    private TieredSuppression tiers(Breakdown breakdown, StatisticsPeriod period, Units units) {
        return suppressedTables.get(breakdown, period, units.officeCounty(), () -> count(breakdown, period, units));
    }

    private TieredSuppression count(Breakdown breakdown, StatisticsPeriod period, Units units) {
        List<String> categories = breakdown.categories();
        Map<String, long[]> counts = new HashMap<>();
        count(breakdown, jdbc.sql(breakdown.countsByOfficeSql()).param("from", period.from())
                .param("to", period.to()), (office, category, n) -> {
                    int index = categories.indexOf(category);
                    if (index >= 0 && units.officeCounty().containsKey(office)) {
                        counts.computeIfAbsent(office, id -> new long[categories.size()])[index] += n;
                    }
                });
        return TieredSuppression.of(categories, units.officeCounty(), counts);
    }

    private interface Counter {
        void add(String office, String category, long n);
    }

    /** Runs a table's statement: counted in SQL, or process by process by the table's rule. */
    private void count(Breakdown breakdown, JdbcClient.StatementSpec statement, Counter counter) {
        Breakdown.RowCategory rule = breakdown.rowCategory();
        if (rule == null) {
            statement.query(rs -> {
                counter.add(rs.getString("office_id"), rs.getString("category"), rs.getLong("n"));
            });
            return;
        }
        Instant now = clock.instant();
        statement.param("cadenceToday", LocalDate.ofInstant(now, NorwegianFormat.OSLO)).query(rs -> {
            counter.add(rs.getString("office_id"), rule.of(rs, now), 1);
        });
    }

    /** The unit key of the nation in {@link #phaseMedians}; offices are their ids, counties their names. */
    private static final String NATION = TieredSuppression.NATION;

    /** The phases a process can leave, in order: every one before Etterkontroll. */
    private static final List<Phase> LEFT_PHASES = Arrays.stream(Phase.values()).filter(p -> p != Phase.POST_CHECK)
            .toList();

    /** The phase medians of the period, kept like the tables. */
    private Map<String, Long[]> medians(StatisticsPeriod period, Units units) {
        return suppressedTables.figure(SuppressedTables.PHASE_MEDIANS, period, units.officeCounty(),
                () -> phaseMedians(period));
    }

    /**
     * Per unit (office id, county name, NATION), the median days per phase of the processes that left the phase in
     * the period (null where fewer than {@link PhaseTimes#MIN_PROCESSES}), in one grouped statement: the days from
     * the latest entry into the phase (or the process's creation) to the day it was left, in Oslo days.
     */
    private Map<String, Long[]> phaseMedians(StatisticsPeriod period) {
        Map<String, Long[]> medians = new HashMap<>();
        jdbc.sql("""
                        select o.county, p.office_id, e.from_phase as phase,
                               grouping(o.county, p.office_id) as level,
                               percentile_cont(0.5) within group (order by d.days) as median, count(*) as n
                        from process_event e
                        join inclusion_process p on p.id = e.process_id
                        join office o on o.id = p.office_id and o.kind = 'OFFICE'
                        cross join lateral (
                            select (e.occurred_at at time zone 'Europe/Oslo')::date
                                 - (coalesce((select max(x.occurred_at) from process_event x
                                               where x.process_id = e.process_id and x.to_phase = e.from_phase
                                                 and (x.occurred_at, x.id) < (e.occurred_at, e.id)),
                                             p.created_at) at time zone 'Europe/Oslo')::date as days) d
                        where e.type in ('PHASE_FORWARD', 'PHASE_BACK') and e.from_phase is not null
                          and e.occurred_at >= :from and e.occurred_at < :to
                        group by grouping sets ((o.county, p.office_id, e.from_phase), (o.county, e.from_phase),
                                                (e.from_phase))""")
                .param("from", period.from().atStartOfDay(NorwegianFormat.OSLO).toOffsetDateTime())
                .param("to", period.to().plusDays(1).atStartOfDay(NorwegianFormat.OSLO).toOffsetDateTime())
                .query(rs -> {
                    int phase = LEFT_PHASES.indexOf(Phase.valueOf(rs.getString("phase")));
                    int level = rs.getInt("level");
                    String unit = level == 0 ? rs.getString("office_id")
                            : level == 1 ? rs.getString("county") : NATION;
                    if (phase >= 0) {
                        medians.computeIfAbsent(unit, u -> new Long[LEFT_PHASES.size()])[phase] =
                                rs.getLong("n") < PhaseTimes.MIN_PROCESSES ? null
                                        : Math.round(rs.getDouble("median"));
                    }
                });
        return medians;
    }

    /** A unit's medians (all hidden when none of its processes left a phase in the period). */
    private static PhaseTimes.PhaseTimesRow medianRow(Map<String, Long[]> medians, String unit, String name,
            boolean summary) {
        Long[] days = medians.getOrDefault(unit, new Long[LEFT_PHASES.size()]);
        return new PhaseTimes.PhaseTimesRow(name, summary,
                Arrays.stream(days).map(PhaseTimes.PhaseMedian::new).toList());
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
