package no.treklover.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.treklover.identifiers.NationalId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the audit log a page at a time, newest first. Only the conditions asked for go into the SQL, so each
 * search can use its own index (candidate, actor, time, denials) instead of a plan for "any of them".
 */
@Component
class AuditQuery {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String NEWEST_FIRST = " order by e.occurred_at desc, e.id desc limit :limit offset :offset";

    private final JdbcClient jdbc;

    AuditQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The candidate with this national id; the audit log itself holds only candidate ids. */
    Optional<Long> candidateIdOf(NationalId nationalId) {
        return jdbc.sql("select id from candidate where national_id = :nationalId")
                .param("nationalId", nationalId.digits())
                .query(Long.class)
                .optional();
    }

    ResultPage<AuditEntryView> search(AuditSearchCriteria criteria, Long candidateId) {
        Conditions where = new Conditions();
        if (candidateId != null) {
            where.add("e.candidate_id = :candidateId", "candidateId", candidateId);
        }
        if (criteria.actorUsername() != null) {
            where.add("e.actor_username = :actorUsername", "actorUsername", criteria.actorUsername());
        }
        if (criteria.occurredFrom() != null) {
            where.add("e.occurred_at >= :from", "from",
                    criteria.occurredFrom().atStartOfDay(OSLO).toOffsetDateTime());
        }
        if (criteria.occurredTo() != null) {
            where.add("e.occurred_at < :until", "until",
                    criteria.occurredTo().plusDays(1).atStartOfDay(OSLO).toOffsetDateTime());
        }
        if (criteria.allowed() != null) {
            where.add(criteria.allowed() ? "e.allowed" : "not e.allowed");
        }
        if (beyondCount(criteria.page(), criteria.size())) {
            return ResultPage.of(List.of(), criteria.page(), criteria.size(), count(where));
        }
        List<AuditEntryView> items = jdbc.sql("""
                        select e.id, e.occurred_at, e.actor_username, u.display_name, e.actor_role, e.action,
                               e.resource, e.candidate_id, e.purpose, e.allowed, e.chain_position
                        from audit_entry e left join app_user u on u.id = e.actor_id
                        """ + where.sql() + NEWEST_FIRST)
                .params(where.params())
                .params(paging(criteria.page(), criteria.size()))
                .query((rs, n) -> new AuditEntryView(rs.getLong("id"), instant(rs),
                        rs.getString("actor_username"), rs.getString("display_name"), rs.getString("actor_role"),
                        AuditAction.valueOf(rs.getString("action")), rs.getString("resource"),
                        rs.getObject("candidate_id", Long.class), rs.getString("purpose"), rs.getBoolean("allowed"),
                        rs.getObject("chain_position", Long.class)))
                .list();
        return ResultPage.of(items, criteria.page(), criteria.size(), count(where));
    }

    /** Accesses by others to one candidate's data; their own visits are not what they want to see here. */
    ResultPage<AccessLogEntry> accessLog(long candidateId, long ownUserId, int page, int size) {
        Conditions where = new Conditions();
        where.add("e.candidate_id = :candidateId", "candidateId", candidateId);
        where.add("e.actor_id is distinct from :ownUserId", "ownUserId", ownUserId);
        if (beyondCount(page, size)) {
            return ResultPage.of(List.of(), page, size, count(where));
        }
        List<AccessLogEntry> items = jdbc.sql("""
                        select e.occurred_at, coalesce(u.display_name, e.actor_username) as actor_name,
                               e.actor_role, e.action, e.resource, e.allowed
                        from audit_entry e left join app_user u on u.id = e.actor_id
                        """ + where.sql() + NEWEST_FIRST)
                .params(where.params())
                .params(paging(page, size))
                .query((rs, n) -> new AccessLogEntry(instant(rs), rs.getString("actor_name"),
                        rs.getString("actor_role"), AuditAction.valueOf(rs.getString("action")),
                        rs.getString("resource"), rs.getBoolean("allowed")))
                .list();
        return ResultPage.of(items, page, size, count(where));
    }

    /** Matches up to one past the limit: enough to page through and to say "more than". */
    private long count(Conditions where) {
        return jdbc.sql("select count(*) from (select 1 from audit_entry e " + where.sql() + " limit :countLimit) c")
                .params(where.params())
                .param("countLimit", ResultPage.COUNT_LIMIT + 1)
                .query(Long.class)
                .single();
    }

    /** Pages past the counted matches are not read: a deep offset would scan everything before it. */
    private static boolean beyondCount(int page, int size) {
        return (long) page * size >= ResultPage.COUNT_LIMIT;
    }

    private static Map<String, Object> paging(int page, int size) {
        return Map.of("limit", size, "offset", (long) page * size);
    }

    private static java.time.Instant instant(ResultSet rs) throws SQLException {
        return rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
    }

    /** SQL conditions joined with "and", each with its bound values; the SQL text is always our own. */
    private static final class Conditions {
        private final List<String> clauses = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();

        void add(String clause, String name, Object value) {
            clauses.add(clause);
            params.put(name, value);
        }

        void add(String clause) {
            clauses.add(clause);
        }

        String sql() {
            return clauses.isEmpty() ? "" : "where " + String.join(" and ", clauses) + " ";
        }

        Map<String, Object> params() {
            return params;
        }
    }
}
