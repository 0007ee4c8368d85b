package no.treklover.needs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.treklover.access.NeedsBoardScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The board's reads as single SQL statements over the (office, state) and (county, level, state) indexes: the needs
 * are chosen, counted and cut from {@code need} alone, and only the rows shown are joined to the rest of their card.
 * Each carries the candidate's id only for the audit log (who appeared on the board); no caller shows it.
 */
@Component
class NeedBoardQuery {

    /** How many needs one column of the board shows (oldest first); the column says how many there are in all. */
    static final int PER_COLUMN = 60;
    /** Matched and closed needs stay on the board this long, so the meeting sees what happened. */
    static final int DONE_SHOWN_DAYS = 28;

    private final JdbcClient jdbc;

    NeedBoardQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A board card with the candidate it is about (for the audit log only) and the column's total. */
    record Row(BoardCard card, long candidateId, long total) {
    }

    /** The need's own columns: the rows are chosen, counted and cut from {@code need} alone. */
    private static final String NEED_COLUMNS = """
            n.id, n.process_id, n.title, n.municipality, n.hours_per_week, n.adaptation_needed, n.level, n.state,
            n.office_id, n.county, n.posted_at, n.next_meeting_on, n.version""";

    /**
     * The rest of a card for the rows {@code x} that are shown, and only for them: the office's name, the candidate
     * (for the audit log) and the number of proposals. Joined before the cut, a county's 2 700 needs each looked up
     * their process and counted their proposals to show 180 (320 ms at national scale). The candidate is a lookup
     * per row shown rather than a join: joined, PostgreSQL misjudged how many rows the cut per column leaves and hashed
     * every process in the country for the county board's 180 (a scan of 200 000 at scale 0.2; 5 373 buffers against
     * 1 681 without it).
     */
    private static final String CARDS = """
            select x.*, o.name as office_name,
                   (select p.candidate_id from inclusion_process p where p.id = x.process_id) as candidate_id,
                   (select count(*) from need_proposal np where np.need_id = x.id) as proposals
            from (%s) x join office o on o.id = x.office_id
            """;

    /** The board: up to {@link #PER_COLUMN} needs per state, the active ones and those done in the last weeks. */
    List<Row> board(NeedsBoardScope scope, String viewerCounty, BoardFilter filter, Instant now) {
        Conditions where = Conditions.of(scope, viewerCounty, filter, now);
        where.params.put("recent", java.sql.Timestamp.from(now.minus(DONE_SHOWN_DAYS, ChronoUnit.DAYS)));
        where.params.put("perColumn", PER_COLUMN);
        String sql = CARDS.formatted("select " + NEED_COLUMNS + """
                , row_number() over (partition by n.state order by n.posted_at, n.id) as rn,
                  count(*) over (partition by n.state) as total
                from need n
                """ + where.sql + """
                 and (n.state in ('OPEN', 'PROPOSED', 'MEETING_ARRANGED') or n.state_changed_at >= :recent)""")
                + "where x.rn <= :perColumn order by x.posted_at, x.id";
        return where.bind(jdbc.sql(sql)).query((rs, n) -> new Row(card(rs), rs.getLong("candidate_id"),
                rs.getLong("total"))).list();
    }

    /** One page of needs for the API, oldest first; {@code state} narrows to one state. */
    List<Row> page(NeedsBoardScope scope, String viewerCounty, BoardFilter filter, NeedState state, Instant now,
            int page, int size) {
        Conditions where = Conditions.of(scope, viewerCounty, filter, now);
        String stateClause = state == null ? "" : " and n.state = :state";
        if (state != null) {
            where.params.put("state", state.name());
        }
        where.params.put("limit", size);
        where.params.put("offset", (long) page * size);
        return where.bind(jdbc.sql(CARDS.formatted("select " + NEED_COLUMNS + ", count(*) over () as total from need n "
                + where.sql + stateClause + " order by n.posted_at, n.id limit :limit offset :offset")
                + "order by x.posted_at, x.id"))
                .query((rs, n) -> new Row(card(rs), rs.getLong("candidate_id"), rs.getLong("total"))).list();
    }

    /** The total of {@link #page} when the page asked for is past the end. */
    long count(NeedsBoardScope scope, String viewerCounty, BoardFilter filter, NeedState state, Instant now) {
        Conditions where = Conditions.of(scope, viewerCounty, filter, now);
        String stateClause = state == null ? "" : " and n.state = :state";
        if (state != null) {
            where.params.put("state", state.name());
        }
        return where.bind(jdbc.sql("select count(*) from need n " + where.sql + stateClause)).query(Long.class)
                .single();
    }

    /**
     * The meeting's agenda at {@code position}: the active needs not postponed past {@code today}, oldest first, one
     * at a time; the row's total is the agenda's length.
     */
    Row agendaItem(NeedsBoardScope scope, String viewerCounty, BoardFilter filter, LocalDate today, Instant now,
            int position) {
        Conditions where = Conditions.of(scope, viewerCounty, filter, now);
        where.params.put("today", today);
        where.params.put("position", position);
        return where.bind(jdbc.sql(CARDS.formatted("select " + NEED_COLUMNS + ", count(*) over () as total from need n "
                + where.sql + """
                 and n.state in ('OPEN', 'PROPOSED', 'MEETING_ARRANGED')
                 and (n.next_meeting_on is null or n.next_meeting_on <= :today)
                order by n.posted_at, n.id offset :position limit 1""")))
                .query((rs, n) -> new Row(card(rs), rs.getLong("candidate_id"), rs.getLong("total"))).optional()
                .orElse(null);
    }

    /** The agenda's length, for a position past its end. */
    long agendaLength(NeedsBoardScope scope, String viewerCounty, BoardFilter filter, LocalDate today, Instant now) {
        Conditions where = Conditions.of(scope, viewerCounty, filter, now);
        where.params.put("today", today);
        return where.bind(jdbc.sql("select count(*) from need n " + where.sql + """
                 and n.state in ('OPEN', 'PROPOSED', 'MEETING_ARRANGED')
                 and (n.next_meeting_on is null or n.next_meeting_on <= :today)"""))
                .query(Long.class).single();
    }

    /** The offices and counties the user's needs come from, for the filters. */
    List<String[]> officesInScope(NeedsBoardScope scope, String viewerCounty) {
        Conditions where = Conditions.of(scope, viewerCounty, BoardFilter.NONE, Instant.EPOCH);
        // the distinct offices first (offset 0 keeps it a step of its own): as a semi-join PostgreSQL walked every
        // office's needs by office to find the county board's three (12 500 buffers, 20 ms; 3 ms this way)
        return where.bind(jdbc.sql("select o.id, o.name, o.county from office o where o.id in "
                + "(select distinct n.office_id from need n " + where.sql + " offset 0) order by o.name"))
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
    }

    private static BoardCard card(ResultSet rs) throws SQLException {
        return new BoardCard(rs.getLong("id"), rs.getString("title"), rs.getString("municipality"),
                (Integer) rs.getObject("hours_per_week"), rs.getBoolean("adaptation_needed"),
                NeedLevel.valueOf(rs.getString("level")), NeedState.valueOf(rs.getString("state")),
                rs.getString("office_id"), rs.getString("office_name"), rs.getString("county"),
                rs.getTimestamp("posted_at").toInstant(), rs.getObject("next_meeting_on", LocalDate.class),
                rs.getInt("proposals"), rs.getLong("version"));
    }

    /** The where clause: the user's scope, then the filters given (only their clauses, no catch-alls). */
    record Conditions(String sql, Map<String, Object> params) {

        static Conditions of(NeedsBoardScope scope, String viewerCounty, BoardFilter filter, Instant now) {
            List<String> clauses = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            List<String> seen = new ArrayList<>();
            if (scope.officeId() != null) {
                seen.add("n.office_id = :scopeOffice");
                params.put("scopeOffice", scope.officeId());
            }
            if (scope.countyUnitId() != null && viewerCounty != null) {
                seen.add("(n.county = :scopeCounty and n.level = 'WORKLIFE_CENTRE')");
                params.put("scopeCounty", viewerCounty);
            }
            clauses.add(seen.isEmpty() ? "false" : seen.size() == 1 ? seen.get(0)
                    : "(" + String.join(" or ", seen) + ")");
            if (filter.office() != null) {
                clauses.add("n.office_id = :office");
                params.put("office", filter.office());
            }
            if (filter.county() != null) {
                clauses.add("n.county = :county");
                params.put("county", filter.county());
            }
            if (filter.level() != null) {
                clauses.add("n.level = :level");
                params.put("level", filter.level().name());
            }
            if (filter.minAgeDays() != null) {
                clauses.add("n.posted_at <= :postedBefore");
                params.put("postedBefore", java.sql.Timestamp.from(now.minus(filter.minAgeDays(), ChronoUnit.DAYS)));
            }
            return new Conditions("where " + String.join(" and ", clauses) + "\n", params);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            params.forEach(statement::param);
            return statement;
        }
    }
}
