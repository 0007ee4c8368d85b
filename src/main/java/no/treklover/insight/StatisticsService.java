package no.treklover.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.insight.suppression.SmallCellSuppression;
import no.treklover.insight.suppression.UnitTable;
import no.treklover.platform.text.NorwegianFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics of BRIEF §7 as aggregates only: counts per office of its county, suppressed together (the county is
 * the sum of its offices, so an office's small count must not be worked out from the county and the other offices).
 * No candidate is read one by one, so nothing here is audit-logged against a candidate.
 */
@Service
public class StatisticsService {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final Clock clock;

    StatisticsService(JdbcClient jdbc, AccessPolicy access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public OfficeDashboard officeDashboard(CurrentUser user, LocalDate from, LocalDate to) {
        String officeId = access.requireOfficeStatistics(user);
        StatisticsPeriod period = StatisticsPeriod.of(from, to, LocalDate.now(clock.withZone(NorwegianFormat.OSLO)));
        Map<String, Object> office = jdbc.sql("select name, county from office where id = :id").param("id", officeId)
                .query().singleRow();
        String county = (String) office.get("county");
        List<String> offices = jdbc.sql("select id from office where county = :county order by id")
                .param("county", county).query(String.class).list();
        List<BreakdownTable> tables = new ArrayList<>();
        for (Breakdown breakdown : Breakdown.values()) {
            tables.add(table(breakdown, county, offices, officeId, period));
        }
        return new OfficeDashboard(officeId, (String) office.get("name"), county, period.from(), period.to(), tables);
    }

    private BreakdownTable table(Breakdown breakdown, String county, List<String> offices, String officeId,
            StatisticsPeriod period) {
        List<String> categories = breakdown.categories();
        Map<String, long[]> counts = new LinkedHashMap<>();
        offices.forEach(id -> counts.put(id, new long[categories.size()]));
        jdbc.sql(breakdown.countsByOfficeSql()).param("county", county).param("from", period.from())
                .param("to", period.to())
                .query(rs -> {
                    int category = categories.indexOf(rs.getString("category"));
                    long[] row = counts.get(rs.getString("office_id"));
                    if (category >= 0 && row != null) {
                        row[category] += rs.getLong("n");
                    }
                });
        UnitTable.Builder builder = UnitTable.builder(categories).unit(county, null);
        counts.forEach((id, row) -> builder.leaf(id, county, row));
        UnitTable units = builder.build();
        BitSet hidden = SmallCellSuppression.suppress(units.table());
        List<Long> officeRow = units.row(officeId, hidden);
        List<Long> countyRow = units.row(county, hidden);
        return new BreakdownTable(breakdown, categories, figures(officeRow), total(officeRow), figures(countyRow),
                total(countyRow));
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
