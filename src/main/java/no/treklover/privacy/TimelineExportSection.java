package no.treklover.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Everything that happened in the candidate's processes, oldest first, with who did it and in which role. */
@Component
class TimelineExportSection implements ExportSection {

    private final JdbcClient jdbc;

    TimelineExportSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public ExportContent collect(ExportSubject subject) {
        return ExportContent.lines(jdbc.sql("""
                        select e.process_id, e.occurred_at, e.type, e.from_phase, e.to_phase, e.comment,
                               u.display_name as actor_name, u.role as actor_role
                        from process_event e
                        join inclusion_process p on p.id = e.process_id
                        left join app_user u on u.id = e.actor_id
                        where p.candidate_id = :id
                        order by e.occurred_at, e.id""")
                .param("id", subject.candidateId())
                .query((rs, n) -> new ExportRecord()
                        .field("occurredAt", Columns.instant(rs, "occurred_at"))
                        .field("processId", rs.getLong("process_id"))
                        .field("type", ExportCode.of("privacy.event", rs.getString("type")))
                        .field("fromPhase", ExportCode.of("phase", rs.getString("from_phase")))
                        .field("toPhase", ExportCode.of("phase", rs.getString("to_phase")))
                        .field("actorName", rs.getString("actor_name"))
                        .field("actorRole", ExportCode.of("role", rs.getString("actor_role")))
                        .field("comment", rs.getString("comment")))
                .list());
    }
}
