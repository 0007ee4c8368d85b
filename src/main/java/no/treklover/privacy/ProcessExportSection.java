package no.treklover.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every inclusion process with all its details: workplace, mentor, goals, dates, outcome. */
@Component
class ProcessExportSection implements ExportSection {

    private final JdbcClient jdbc;

    ProcessExportSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "processes";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public ExportContent collect(ExportSubject subject) {
        return ExportContent.blocks(jdbc.sql("""
                        select p.id, p.phase, p.phase_changed_at, p.open, p.office_id, o.name as office_name,
                               u.display_name as counsellor_name, e.name as employer_name,
                               e.org_number as employer_org_number, p.counsellor_knew_employer,
                               p.attachment_at_start, p.initiative, p.mentor_name, p.mentor_phone, p.mentor_email,
                               p.mentor_role, p.goals, p.start_date, p.end_date, p.outcome, p.outcome_note,
                               p.follow_up_status, p.next_action, p.next_action_due, p.measure_justification,
                               p.post_check_date, p.attached_at_end, p.employers_contacted, p.created_at, p.updated_at
                        from inclusion_process p
                        join office o on o.id = p.office_id
                        left join app_user u on u.id = p.counsellor_id
                        left join employer e on e.id = p.employer_id
                        where p.candidate_id = :id
                        order by p.created_at, p.id""")
                .param("id", subject.candidateId())
                .query((rs, n) -> new ExportRecord()
                        .field("id", rs.getLong("id"))
                        .field("phase", ExportCode.of("phase", rs.getString("phase")))
                        .field("phaseChangedAt", Columns.instant(rs, "phase_changed_at"))
                        .field("open", rs.getBoolean("open"))
                        .field("officeId", rs.getString("office_id"))
                        .field("officeName", rs.getString("office_name"))
                        .field("counsellorName", rs.getString("counsellor_name"))
                        .field("employerName", rs.getString("employer_name"))
                        .field("employerOrgNumber", rs.getString("employer_org_number"))
                        .field("counsellorKnewEmployer", Columns.bool(rs, "counsellor_knew_employer"))
                        .field("attachmentAtStart", ExportCode.of("attachment", rs.getString("attachment_at_start")))
                        .field("initiative", ExportCode.of("initiative", rs.getString("initiative")))
                        .field("mentorName", rs.getString("mentor_name"))
                        .field("mentorPhone", rs.getString("mentor_phone"))
                        .field("mentorEmail", rs.getString("mentor_email"))
                        .field("mentorRole", rs.getString("mentor_role"))
                        .field("goals", rs.getString("goals"))
                        .field("startDate", Columns.date(rs, "start_date"))
                        .field("endDate", Columns.date(rs, "end_date"))
                        .field("outcome", ExportCode.of("outcome", rs.getString("outcome")))
                        .field("outcomeNote", rs.getString("outcome_note"))
                        .field("followUpStatus", ExportCode.of("followUpStatus", rs.getString("follow_up_status")))
                        .field("nextAction", rs.getString("next_action"))
                        .field("nextActionDue", Columns.date(rs, "next_action_due"))
                        .field("measureJustification", rs.getString("measure_justification"))
                        .field("postCheckDate", Columns.date(rs, "post_check_date"))
                        .field("attachedAtEnd", ExportCode.of("attachedAtEnd", rs.getString("attached_at_end")))
                        .field("employersContacted", rs.getObject("employers_contacted", Integer.class))
                        .field("createdAt", Columns.instant(rs, "created_at"))
                        .field("updatedAt", Columns.instant(rs, "updated_at")))
                .list());
    }
}
