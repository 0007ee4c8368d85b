package no.treklover.needs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.treklover.access.NeedsBoardScope;
import no.treklover.platform.export.Csv;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who found the workplace (the gap 002 names: «ingen mulighet til å følge med på» what the Arbeidslivssenter
 * resolves): the needs matched in a period, by the accepted proposal's unit, by its proposer, and by the level where
 * the match was made, with the days from posting to match. Counts only; nothing about a candidate.
 */
public record Attribution(LocalDate from, LocalDate to, Line total, List<Line> byLevel, List<Line> byUnit,
        List<Line> byProposer) {

    /**
     * One line of the report: {@code key} is the level's name, the unit's name or the proposer's name (with the unit in
     * {@code unit}); {@code averageDays} from posting to match, one decimal.
     */
    public record Line(String key, String unit, long matches, long local, long worklifeCentre, BigDecimal averageDays,
            Integer maxDays) {
    }

    static Attribution of(JdbcClient jdbc, NeedsBoardScope scope, String viewerCounty, LocalDate from, LocalDate to) {
        NeedBoardQuery.Conditions where = NeedBoardQuery.Conditions.of(scope, viewerCounty, BoardFilter.NONE,
                Instant.EPOCH);
        where.params().put("from", Timestamp.from(from.atStartOfDay(NeedService.OSLO).toInstant()));
        where.params().put("to", Timestamp.from(to.plusDays(1).atStartOfDay(NeedService.OSLO).toInstant()));
        String base = """
                from need n join need_proposal p on p.id = n.matched_proposal_id
                join app_user u on u.id = p.proposed_by join office o on o.id = p.proposer_unit_id
                """ + where.sql() + " and n.state = 'MATCHED' and n.matched_at >= :from and n.matched_at < :to";
        String measures = """
                count(*) as matches,
                count(*) filter (where p.level = 'LOCAL') as local,
                count(*) filter (where p.level = 'WORKLIFE_CENTRE') as centre,
                avg(extract(epoch from n.matched_at - n.posted_at) / 86400.0) as avg_days,
                max(floor(extract(epoch from n.matched_at - n.posted_at) / 86400.0))::int as max_days""";
        List<Line> byLevel = where.bind(jdbc.sql("select p.level as k, null as unit, " + measures + " " + base
                        + " group by p.level order by p.level"))
                .query((rs, n) -> line(rs)).list();
        List<Line> byUnit = where.bind(jdbc.sql("select o.name as k, o.id as unit, " + measures + " " + base
                        + " group by o.id, o.name order by count(*) desc, o.name"))
                .query((rs, n) -> line(rs)).list();
        List<Line> byProposer = where.bind(jdbc.sql("select u.display_name as k, o.name as unit, " + measures + " "
                        + base + " group by u.id, u.display_name, o.name order by count(*) desc, u.display_name"))
                .query((rs, n) -> line(rs)).list();
        Line total = where.bind(jdbc.sql("select 'total' as k, null as unit, " + measures + " " + base))
                .query((rs, n) -> line(rs)).single();
        return new Attribution(from, to, total, byLevel, byUnit, byProposer);
    }

    private static Line line(java.sql.ResultSet rs) throws java.sql.SQLException {
        BigDecimal avg = rs.getBigDecimal("avg_days");
        return new Line(rs.getString("k"), rs.getString("unit"), rs.getLong("matches"), rs.getLong("local"),
                rs.getLong("centre"), avg == null ? null : avg.setScale(1, RoundingMode.HALF_UP),
                (Integer) rs.getObject("max_days"));
    }

    /** The report as CSV (semicolon separated, as Norwegian Excel reads it), one section per table. */
    public String csv() {
        StringBuilder out = new StringBuilder("grouping;name;unit;matches;local;worklife_centre;average_days;max_days\n");
        append(out, "total", List.of(total));
        append(out, "level", byLevel);
        append(out, "unit", byUnit);
        append(out, "proposer", byProposer);
        return out.toString();
    }

    private static void append(StringBuilder out, String grouping, List<Line> lines) {
        for (Line l : lines) {
            out.append(grouping).append(';').append(cell(l.key())).append(';').append(cell(l.unit())).append(';')
                    .append(l.matches()).append(';').append(l.local()).append(';').append(l.worklifeCentre())
                    .append(';').append(l.averageDays() == null ? "" : l.averageDays().toPlainString().replace('.', ','))
                    .append(';').append(l.maxDays() == null ? "" : l.maxDays()).append('\n');
        }
    }

    private static String cell(String text) {
        return Csv.cell(text);
    }
}
