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
    /**
     * Resources under which lists log one read per candidate shown (caseload, candidate search, the partners' list):
     * the innsyn shows appearing on a list apart from opening the case.
     */
    static final List<String> LIST_RESOURCES = List.of("caseload", "candidate-search", "partner-list",
            "needs-board");
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
                               e.resource, e.candidate_id, e.purpose, e.allowed, s.chain_position
                        from audit_entry e left join app_user u on u.id = e.actor_id
                        left join audit_seal s on s.entry_id = e.id
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

    /**
     * The candidate's innsyn grouped: one line per day (Norwegian time), person, kind of access and answer, newest
     * first; others' accesses only, narrowed by the filter.
     */
    AccessLogSummary accessLogGroups(long candidateId, long ownUserId, AccessLogFilter filter, int page, int size) {
        Conditions where = new Conditions();
        where.add("e.candidate_id = :candidateId", "candidateId", candidateId);
        where.add("e.actor_id is distinct from :ownUserId", "ownUserId", ownUserId);
        if (filter.actorId() != null) {
            where.add("e.actor_id = :actorId", "actorId", filter.actorId());
        }
        if (filter.action() != null) {
            where.add("e.action = :action", "action", filter.action().name());
        }
        if (filter.from() != null) {
            where.add("e.occurred_at >= :from", "from", filter.from().atStartOfDay(OSLO).toOffsetDateTime());
        }
        if (filter.to() != null) {
            where.add("e.occurred_at < :until", "until", filter.to().plusDays(1).atStartOfDay(OSLO).toOffsetDateTime());
        }
        // Being one of many names on a list is its own line, apart from opening the case.
        // Each request writes a candidate's purpose once, so the entries per purpose count the requests; the
        // group's "times" is the most of any of its purposes (a page that reads several things counts once).
        String groups = """
                select p.day, p.actor_id, p.actor_username, p.actor_role, p.action, p.allowed, max(p.n) as times,
                       string_agg(p.resources, ',' order by p.first_at) as resources,
                       min(p.first_at) as first_at, max(p.last_at) as last_at
                from (select (e.occurred_at at time zone 'Europe/Oslo')::date as day, e.actor_id, e.actor_username,
                             e.actor_role, e.action, e.allowed, e.purpose, e.resource in (:listResources) as listed,
                             count(*) as n,
                             string_agg(e.resource, ',' order by e.occurred_at, e.id) as resources,
                             min(e.occurred_at) as first_at, max(e.occurred_at) as last_at
                      from audit_entry e
                      """ + where.sql() + """
                      group by 1, e.actor_id, e.actor_username, e.actor_role, e.action, e.allowed, e.purpose, 8) p
                group by p.day, p.actor_id, p.actor_username, p.actor_role, p.action, p.allowed, p.listed""";
        where.params().put("listResources", LIST_RESOURCES);
        List<Long> totals = jdbc.sql("select count(*), coalesce(sum(times), 0) from (" + groups + ") g")
                .params(where.params())
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
                .single();
        List<AccessLogGroup> items = jdbc.sql("with g as (" + groups + """
                        )
                        select g.*, coalesce(u.display_name, g.actor_username) as actor_name, o.name as office_name
                        from g left join app_user u on u.id = g.actor_id left join office o on o.id = u.office_id
                        order by g.day desc, g.last_at desc, g.actor_username, g.action, g.allowed
                        limit :limit offset :offset""")
                .params(where.params())
                .params(paging(page, size))
                .query((rs, n) -> new AccessLogGroup(rs.getObject("day", java.time.LocalDate.class),
                        rs.getObject("actor_id", Long.class), rs.getString("actor_name"), rs.getString("actor_role"),
                        rs.getString("office_name"), AuditAction.valueOf(rs.getString("action")),
                        rs.getBoolean("allowed"), resources(rs.getString("resources")),
                        rs.getLong("times"), rs.getObject("first_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("last_at", OffsetDateTime.class).toInstant()))
                .list();
        long groupCount = totals.get(0);
        return new AccessLogSummary(new ResultPage<>(items, page, size, groupCount, false,
                (int) ((groupCount + size - 1) / size)), totals.get(1));
    }

    /** The persons who appear in a candidate's innsyn (others than the candidate), by name. */
    List<AccessLogPerson> accessLogPersons(long candidateId, long ownUserId) {
        return jdbc.sql("""
                        select p.actor_id, coalesce(u.display_name, p.actor_username) as actor_name, p.actor_role
                        from (select distinct e.actor_id, e.actor_username, e.actor_role from audit_entry e
                              where e.candidate_id = :candidateId and e.actor_id is not null
                                and e.actor_id <> :ownUserId) p
                        left join app_user u on u.id = p.actor_id
                        order by 2, 1""")
                .param("candidateId", candidateId)
                .param("ownUserId", ownUserId)
                .query((rs, n) -> new AccessLogPerson(rs.getLong("actor_id"), rs.getString("actor_name"),
                        rs.getString("actor_role")))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(AccessLogPerson::actorId, p -> p, (a, b) -> a,
                        LinkedHashMap::new))
                .values().stream().toList();
    }

    /** Each resource once, in the order first seen; entries may name several, comma-separated. */
    private static List<String> resources(String joined) {
        return List.copyOf(new java.util.LinkedHashSet<>(List.of(joined.split(AuditLog.RESOURCE_SEPARATOR))));
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
