package no.treklover.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The candidate record: identity, contact, office, counsellor, wishes and what the counsellor has noted. */
@Component
class CandidateExportSection implements ExportSection {

    private final JdbcClient jdbc;

    CandidateExportSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "candidate";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public ExportContent collect(ExportSubject subject) {
        return ExportContent.one(jdbc.sql("""
                        select c.id, c.national_id, c.birth_date, c.birth_year, c.first_name, c.last_name, c.phone,
                               c.email, c.office_id, o.name as office_name, u.display_name as counsellor_name,
                               c.effort_group, c.wishes, c.interests, c.strengths, c.experience, c.education,
                               c.adaptation_needs, c.created_at, c.updated_at, c.anonymised_at
                        from candidate c
                        join office o on o.id = c.office_id
                        left join app_user u on u.id = c.counsellor_id
                        where c.id = :id""")
                .param("id", subject.candidateId())
                .query((rs, n) -> new ExportRecord()
                        .field("id", rs.getLong("id"))
                        .field("nationalId", rs.getString("national_id"))
                        .field("birthDate", Columns.date(rs, "birth_date"))
                        .field("birthYear", Columns.integer(rs, "birth_year"))
                        .field("firstName", rs.getString("first_name"))
                        .field("lastName", rs.getString("last_name"))
                        .field("phone", rs.getString("phone"))
                        .field("email", rs.getString("email"))
                        .field("officeId", rs.getString("office_id"))
                        .field("officeName", rs.getString("office_name"))
                        .field("counsellorName", rs.getString("counsellor_name"))
                        .field("effortGroup", ExportCode.of("effortGroup", rs.getString("effort_group")))
                        .field("wishes", rs.getString("wishes"))
                        .field("interests", rs.getString("interests"))
                        .field("strengths", rs.getString("strengths"))
                        .field("experience", rs.getString("experience"))
                        .field("education", rs.getString("education"))
                        .field("adaptationNeeds", subject.adaptationNeedsVisible()
                                ? rs.getString("adaptation_needs") : null)
                        .field("createdAt", Columns.instant(rs, "created_at"))
                        .field("updatedAt", Columns.instant(rs, "updated_at"))
                        .field("anonymisedAt", Columns.instant(rs, "anonymised_at")))
                .optional().orElse(null));
    }
}
