package no.treklover.agreement;

import java.time.LocalDate;
import no.treklover.privacy.ExportCode;
import no.treklover.privacy.ExportContent;
import no.treklover.privacy.ExportRecord;
import no.treklover.privacy.ExportSection;
import no.treklover.privacy.ExportSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The grant periods of the candidate's mentor agreements for the data export: which periods NAV was asked to pay
 * the employer for her mentor, and how each was decided. The amounts are the employer's grant for the mentor's pay
 * (the mentor's personal data, never shown to the candidate), and the beslutter's reasons for a rejection assess the
 * employer's claim, not her; both stay out.
 */
@Component
class GrantPeriodExportSection implements ExportSection {

    private final JdbcClient jdbc;

    GrantPeriodExportSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "grantPeriods";
    }

    @Override
    public int order() {
        return 46;
    }

    @Override
    public ExportContent collect(ExportSubject subject) {
        return ExportContent.lines(jdbc.sql("""
                        select g.agreement_id, g.sequence_number, g.from_date, g.to_date, g.status
                        from grant_period g join mentor_agreement a on a.id = g.agreement_id
                        where a.candidate_id = :id
                        order by g.agreement_id, g.sequence_number, g.id""")
                .param("id", subject.candidateId())
                .query((rs, n) -> new ExportRecord()
                        .field("agreement", rs.getLong("agreement_id"))
                        .field("grantPeriodNumber", rs.getInt("sequence_number"))
                        .field("grantPeriodFrom", rs.getObject("from_date", LocalDate.class))
                        .field("grantPeriodTo", rs.getObject("to_date", LocalDate.class))
                        .field("grantPeriodStatus", ExportCode.of("grantPeriod.status", rs.getString("status"))))
                .list());
    }
}
