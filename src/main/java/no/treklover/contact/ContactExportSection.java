package no.treklover.contact;

import no.treklover.privacy.ExportCode;
import no.treklover.privacy.ExportContent;
import no.treklover.privacy.ExportRecord;
import no.treklover.privacy.ExportSection;
import no.treklover.privacy.ExportSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The counsellor's contact log of the candidate's processes, for the candidate's data export (GDPR art. 15). */
@Component
class ContactExportSection implements ExportSection {

    private final JdbcClient jdbc;

    ContactExportSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "contactLog";
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public ExportContent collect(ExportSubject subject) {
        return ExportContent.lines(jdbc.sql("""
                        select c.process_id, c.occurred_at, c.counterpart, c.form, c.initiator, c.duration_minutes, c.note
                        from contact_entry c join inclusion_process p on p.id = c.process_id
                        where p.candidate_id = :id
                        order by c.occurred_at, c.id""")
                .param("id", subject.candidateId())
                .query((rs, n) -> new ExportRecord()
                        .field("processId", rs.getLong("process_id"))
                        .field("occurredAt", rs.getTimestamp("occurred_at").toInstant())
                        .field("counterpart", ExportCode.of("contact.counterpart", rs.getString("counterpart")))
                        .field("contactForm", ExportCode.of("contact.form", rs.getString("form")))
                        .field("initiator", ExportCode.of("contact.initiator", rs.getString("initiator")))
                        .field("durationMinutes", (Integer) rs.getObject("duration_minutes"))
                        .field("note", rs.getString("note")))
                .list());
    }
}
