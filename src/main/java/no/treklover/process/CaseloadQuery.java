package no.treklover.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.meeting.CadenceColumns;
import no.treklover.meeting.FollowUpCadence;
import no.treklover.platform.LikePattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The caseload as one indexed SQL query: a counsellor's list must stay fast at 200 cases and at national scale. */
@Component
class CaseloadQuery {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** Phases sort in process order, not alphabetically. */
    private static final String PHASE_ORDER = java.util.Arrays.stream(Phase.values())
            .map(phase -> "when '" + phase.name() + "' then " + phase.ordinal())
            .collect(java.util.stream.Collectors.joining(" ", "case p.phase ", " end"));

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseloadQuery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Page<CaseloadRow> find(CurrentUser user, CaseloadFilter filter) {
        LocalDate today = LocalDate.now(clock.withZone(OSLO));
        Conditions where = Conditions.of(user, filter, today);
        long total = where.bind(jdbc.sql("select count(*) from inclusion_process p "
                        + (where.needsCandidate() ? "join candidate c on c.id = p.candidate_id " : "") + where.sql()))
                .query(Long.class).single();
        if (total == 0 || (long) filter.page() * filter.size() >= total) {
            return new PageImpl<>(List.of(), PageRequest.of(filter.page(), filter.size()), total);
        }
        List<CaseloadRow> rows = where.bind(jdbc.sql("""
                select p.id, p.candidate_id, c.first_name || ' ' || c.last_name as candidate_name, p.phase,
                       p.phase_changed_at, p.next_action, p.next_action_due, e.name as employer_name,
                       u.display_name as counsellor_name, p.open, p.start_date, p.end_date,
                       """ + CadenceColumns.SELECT + """
                from inclusion_process p
                join candidate c on c.id = p.candidate_id
                join app_user u on u.id = p.counsellor_id
                left join employer e on e.id = p.employer_id
                """ + where.sql() + " order by " + orderBy(filter) + " limit :limit offset :offset"))
                .param("today", today)
                .param("limit", filter.size())
                .param("offset", (long) filter.page() * filter.size())
                .param("cadenceToday", today)
                .query((rs, n) -> {
                    var changedAt = rs.getTimestamp("phase_changed_at").toInstant();
                    var due = rs.getObject("next_action_due", LocalDate.class);
                    var cadence = CadenceColumns.status(rs, rs.getString("phase"), rs.getBoolean("open"),
                            rs.getObject("start_date", LocalDate.class), clock.instant());
                    var postCheck = postCheckDue(rs);
                    return new CaseloadRow(rs.getLong("id"), rs.getLong("candidate_id"),
                            rs.getString("candidate_name"), Phase.valueOf(rs.getString("phase")), changedAt,
                            ChronoUnit.DAYS.between(changedAt.atZone(OSLO).toLocalDate(), today),
                            rs.getString("next_action"), due, due != null && due.isBefore(today),
                            rs.getString("employer_name"), rs.getString("counsellor_name"),
                            cadence.map(FollowUpCadence.Status::nextDue).orElse(null),
                            cadence.map(FollowUpCadence.Status::overdue).orElse(false),
                            CadenceColumns.overdueActionItems(rs),
                            postCheck, postCheck != null && postCheck.isBefore(today));
                })
                .list();
        return new PageImpl<>(rows, PageRequest.of(filter.page(), filter.size()), total);
    }

    /**
     * The where clause of the filters actually given, and only those: a catch-all such as
     * {@code (:status = 'ALL' or …)} makes PostgreSQL's generic plan (after five executions) use only the first
     * column of the index and read all of a counsellor's processes, closed ones included. The clauses are fixed
     * text; what the user typed is only ever a bound parameter.
     */
    record Conditions(String sql, java.util.Map<String, Object> params, boolean needsCandidate) {

        static Conditions of(CurrentUser user, CaseloadFilter filter, LocalDate today) {
            List<String> clauses = new java.util.ArrayList<>();
            java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
            if (filter.scope() == CaseloadFilter.Scope.MINE) {
                clauses.add("p.counsellor_id = :counsellorId");
                params.put("counsellorId", user.id());
            } else {
                clauses.add("p.office_id = :officeId");
                params.put("officeId", user.officeId());
            }
            switch (filter.status()) {
                case OPEN -> clauses.add("p.open");
                case CLOSED -> clauses.add("not p.open");
                case ALL -> {
                }
                case POST_CHECK_DUE -> {
                    clauses.add("p.phase = 'CLOSURE' and p.end_date <= :postCheckEndedBy");
                    params.put("postCheckEndedBy", today.plusDays(CaseloadFilter.POST_CHECK_NOTICE_DAYS)
                            .minusMonths(PhaseTransitionRules.POST_CHECK_MONTHS));
                }
            }
            if (filter.phase() != null) {
                clauses.add("p.phase = :phase");
                params.put("phase", filter.phase().name());
            }
            String pattern = LikePattern.contains(filter.search());
            if (!pattern.isEmpty()) {
                clauses.add("lower(c.first_name || ' ' || c.last_name) like :pattern escape '\\'");
                params.put("pattern", pattern);
            }
            if (filter.overdueOnly()) {
                clauses.add("p.next_action_due < :overdueToday");
                params.put("overdueToday", today);
            }
            return new Conditions("where " + String.join(" and ", clauses) + "\n", params, !pattern.isEmpty());
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement.params(params);
        }
    }

    /** Ended processes still in Avslutning are due for Etterkontroll twelve months after their end. */
    private static LocalDate postCheckDue(java.sql.ResultSet rs) throws java.sql.SQLException {
        LocalDate end = rs.getObject("end_date", LocalDate.class);
        return end != null && Phase.CLOSURE.name().equals(rs.getString("phase"))
                ? PhaseTransitionRules.postCheckDue(end) : null;
    }

    private static String orderBy(CaseloadFilter filter) {
        if (filter.status() == CaseloadFilter.Status.POST_CHECK_DUE && filter.sort() == CaseloadFilter.Sort.PRIORITY) {
            return "p.end_date asc, p.id";
        }
        return switch (filter.sort()) {
            case PRIORITY -> "coalesce(p.next_action_due < :today, false) desc, p.next_action_due asc nulls last, "
                    + "p.phase_changed_at asc, p.id";
            case NAME -> "c.last_name, c.first_name, p.id";
            case PHASE -> PHASE_ORDER + ", p.phase_changed_at asc, p.id";
            case DAYS_IN_PHASE -> "p.phase_changed_at asc, p.id";
        };
    }
}
