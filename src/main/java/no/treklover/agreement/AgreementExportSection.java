package no.treklover.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import no.treklover.privacy.ExportCode;
import no.treklover.privacy.ExportContent;
import no.treklover.privacy.ExportRecord;
import no.treklover.privacy.ExportSection;
import no.treklover.privacy.ExportSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The candidate's mentor agreements for the data export: the parties, her own contact details as written in the
 * agreement, whether the mentor is family and why that was accepted, and who approved when. The mentor's pay, rates
 * and account are the mentor's personal data, not the candidate's, and the candidate never sees them, so they are
 * left out.
 */
@Component
class AgreementExportSection implements ExportSection {

    private final JdbcClient jdbc;

    AgreementExportSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "agreements";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public ExportContent collect(ExportSubject subject) {
        return ExportContent.blocks(jdbc.sql("""
                        select a.id, a.process_id, e.name as employer_name, a.mentor_first_name, a.mentor_last_name,
                               a.tasks, a.hours_per_month, a.start_date, a.end_date, a.follow_up, a.adaptation,
                               a.candidate_approved_at, a.candidate_on_behalf_reason, a.concluded_at, a.annulled_at,
                               a.annulment_reason, a.created_at, a.candidate_contact_first_name,
                               a.candidate_contact_last_name, a.candidate_contact_phone, a.candidate_contact_email,
                               a.family_tie, a.family_tie_reason, a.mentor_signed_confidentiality_at,
                               a.employer_approved_at, employer_approver.display_name as employer_approved_by,
                               a.counsellor_approved_at, counsellor_approver.display_name as counsellor_approved_by,
                               a.beslutter_approved_at, beslutter_approver.display_name as beslutter_approved_by
                        from mentor_agreement a
                        join employer e on e.id = a.employer_id
                        left join app_user employer_approver on employer_approver.id = a.employer_approved_by
                        left join app_user counsellor_approver on counsellor_approver.id = a.counsellor_approved_by
                        left join app_user beslutter_approver on beslutter_approver.id = a.beslutter_approved_by
                        where a.candidate_id = :id
                        order by a.created_at, a.id""")
                .param("id", subject.candidateId())
                .query((rs, n) -> new ExportRecord()
                        .field("id", rs.getLong("id"))
                        .field("processId", rs.getLong("process_id"))
                        .field("employer", rs.getString("employer_name"))
                        .field("mentor", name(rs))
                        .field("tasks", rs.getString("tasks"))
                        .field("hoursPerMonth", rs.getBigDecimal("hours_per_month"))
                        .field("startDate", rs.getObject("start_date", LocalDate.class))
                        .field("endDate", rs.getObject("end_date", LocalDate.class))
                        .field("followUp", rs.getString("follow_up"))
                        .field("adaptation", subject.adaptationNeedsVisible() ? rs.getString("adaptation") : null)
                        .field("candidateContactName", name(rs, "candidate_contact_first_name",
                                "candidate_contact_last_name"))
                        .field("candidateContactPhone", rs.getString("candidate_contact_phone"))
                        .field("candidateContactEmail", rs.getString("candidate_contact_email"))
                        .field("familyTie", bool(rs, "family_tie"))
                        .field("familyTieReason", rs.getString("family_tie_reason"))
                        .field("mentorSignedConfidentialityAt", instant(rs, "mentor_signed_confidentiality_at"))
                        .field("candidateApprovedAt", instant(rs, "candidate_approved_at"))
                        .field("approvedOnBehalfBecause", code(rs.getString("candidate_on_behalf_reason"),
                                reason -> OnBehalfReason.valueOf(reason).messageKey()))
                        .field("employerApprovedAt", instant(rs, "employer_approved_at"))
                        .field("employerApprovedBy", rs.getString("employer_approved_by"))
                        .field("counsellorApprovedAt", instant(rs, "counsellor_approved_at"))
                        .field("counsellorApprovedBy", rs.getString("counsellor_approved_by"))
                        .field("beslutterApprovedAt", instant(rs, "beslutter_approved_at"))
                        .field("beslutterApprovedBy", rs.getString("beslutter_approved_by"))
                        .field("concludedAt", instant(rs, "concluded_at"))
                        .field("annulledAt", instant(rs, "annulled_at"))
                        .field("annulmentReason", code(rs.getString("annulment_reason"),
                                reason -> AnnulmentReason.valueOf(reason).messageKey()))
                        .field("createdAt", instant(rs, "created_at")))
                .list());
    }

    /** A stored code as an export code, under the same message key its enum uses everywhere else. */
    private static ExportCode code(String value, java.util.function.Function<String, String> messageKey) {
        if (value == null) {
            return null;
        }
        String key = messageKey.apply(value);
        int dot = key.lastIndexOf('.');
        return ExportCode.of(key.substring(0, dot), key.substring(dot + 1));
    }

    private static String name(ResultSet rs) throws SQLException {
        return name(rs, "mentor_first_name", "mentor_last_name");
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static String name(ResultSet rs, String firstColumn, String lastColumn) throws SQLException {
        String first = rs.getString(firstColumn);
        String last = rs.getString(lastColumn);
        return first == null && last == null ? null : ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
