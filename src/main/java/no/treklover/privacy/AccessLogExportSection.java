package no.treklover.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who read or changed the candidate's data, when, why, and whether it was allowed. Reads only the audit log's
 * original columns by name, so columns the audit feature adds (hash chain) do not leak into the export. An entry
 * that names several resources (one request read them for the same purpose) is one line per resource.
 */
@Component
class AccessLogExportSection implements ExportSection {

    private final JdbcClient jdbc;

    AccessLogExportSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "accessLog";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public ExportContent collect(ExportSubject subject) {
        return ExportContent.lines(jdbc.sql("""
                        select a.occurred_at, coalesce(u.display_name, a.actor_username) as actor_name,
                               a.actor_role, a.action, r.resource, a.purpose, a.allowed
                        from audit_entry a
                        cross join lateral unnest(string_to_array(a.resource, ',')) with ordinality as r(resource, n)
                        left join app_user u on u.id = a.actor_id
                        where a.candidate_id = :id
                        order by a.occurred_at, a.id, r.n""")
                .param("id", subject.candidateId())
                .query((rs, n) -> new ExportRecord()
                        .field("occurredAt", Columns.instant(rs, "occurred_at"))
                        .field("actorName", rs.getString("actor_name"))
                        .field("actorRole", ExportCode.of("role", rs.getString("actor_role")))
                        .field("action", ExportCode.of("privacy.action", rs.getString("action")))
                        .field("resource", ExportCode.of("audit.resource", rs.getString("resource")))
                        .field("purpose", ExportCode.of("audit.purpose", rs.getString("purpose")))
                        .field("allowed", rs.getBoolean("allowed")))
                .list());
    }
}
