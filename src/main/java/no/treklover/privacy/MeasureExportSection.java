package no.treklover.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The measures of all the candidate's processes, with their periods. */
@Component
class MeasureExportSection implements ExportSection {

    private final JdbcClient jdbc;

    MeasureExportSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "measures";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public ExportContent collect(ExportSubject subject) {
        return ExportContent.lines(jdbc.sql("""
                        select m.process_id, m.type, m.start_date, m.end_date, m.created_at
                        from process_measure m
                        join inclusion_process p on p.id = m.process_id
                        where p.candidate_id = :id
                        order by m.start_date, m.id""")
                .param("id", subject.candidateId())
                .query((rs, n) -> new ExportRecord()
                        .field("processId", rs.getLong("process_id"))
                        .field("type", ExportCode.of("measure", rs.getString("type")))
                        .field("startDate", Columns.date(rs, "start_date"))
                        .field("endDate", Columns.date(rs, "end_date"))
                        .field("createdAt", Columns.instant(rs, "created_at")))
                .list());
    }
}
