package no.treklover.agreement.version;

import java.time.LocalDate;
import no.treklover.privacy.ExportCode;
import no.treklover.privacy.ExportContent;
import no.treklover.privacy.ExportRecord;
import no.treklover.privacy.ExportSection;
import no.treklover.privacy.ExportSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The versions of the candidate's concluded agreements for the data export: what changed, why, from when and
 * the end date each version had. Like the agreements section, without the mentor's pay.
 */
@Component
class AgreementVersionExportSection implements ExportSection {

    private final JdbcClient jdbc;

    AgreementVersionExportSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "agreementVersions";
    }

    @Override
    public int order() {
        return 46;
    }

    @Override
    public ExportContent collect(ExportSubject subject) {
        return ExportContent.lines(jdbc.sql("""
                        select v.agreement_id, v.version_number, v.change_type, v.reason, v.reason_text,
                               v.effective_from, (v.snapshot -> 'content' ->> 'endDate')::date as end_date, v.changed_at
                        from agreement_version v join mentor_agreement a on a.id = v.agreement_id
                        where a.candidate_id = :id
                        order by v.agreement_id, v.version_number""")
                .param("id", subject.candidateId())
                .query((rs, n) -> new ExportRecord()
                        .field("agreement", rs.getLong("agreement_id"))
                        .field("version", rs.getInt("version_number"))
                        .field("change", ExportCode.of("agreementversion.type",
                                rs.getString("change_type") == null ? "CONCLUDED" : rs.getString("change_type")))
                        .field("changeReason", ExportCode.of("agreementversion.reason", rs.getString("reason")))
                        .field("changeReasonText", rs.getString("reason_text"))
                        .field("effectiveFrom", rs.getObject("effective_from", LocalDate.class))
                        .field("versionEndDate", rs.getObject("end_date", LocalDate.class))
                        .field("changedAt", rs.getTimestamp("changed_at").toInstant()))
                .list());
    }
}
