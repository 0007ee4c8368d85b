package no.treklover.needs;

import no.treklover.privacy.ExportCode;
import no.treklover.privacy.ExportContent;
import no.treklover.privacy.ExportRecord;
import no.treklover.privacy.ExportSection;
import no.treklover.privacy.ExportSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The needs posted to the market board from the candidate's processes, with the employers proposed and the
 * decisions taken, for her data export (GDPR art. 15).
 */
@Component
class NeedExportSection implements ExportSection {

    private final JdbcClient jdbc;

    NeedExportSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "needs";
    }

    @Override
    public int order() {
        return 57;
    }

    @Override
    public ExportContent collect(ExportSubject subject) {
        return ExportContent.lines(jdbc.sql("""
                        select n.id, n.process_id, n.posted_at, n.title, n.interests, n.skills, n.experience,
                               n.hours_per_week, n.municipality, n.adaptation_needed, n.adaptation_text, n.level,
                               n.state, n.close_reason, n.matched_at,
                               (select string_agg(e.name || coalesce(' (' || p.comment || ')', ''), '; '
                                                  order by p.proposed_at)
                                  from need_proposal p join employer e on e.id = p.employer_id
                                 where p.need_id = n.id) as proposals,
                               (select string_agg(to_char(h.occurred_at at time zone 'Europe/Oslo', 'DD.MM.YYYY')
                                                  || ' ' || h.action || coalesce(': ' || h.comment, ''), '; '
                                                  order by h.occurred_at, h.id)
                                  from need_history h where h.need_id = n.id) as history
                        from need n join inclusion_process p on p.id = n.process_id
                        where p.candidate_id = :id
                        order by n.posted_at, n.id""")
                .param("id", subject.candidateId())
                .query((rs, n) -> new ExportRecord()
                        .field("processId", rs.getLong("process_id"))
                        .field("needPostedAt", rs.getTimestamp("posted_at").toInstant())
                        .field("needTitle", rs.getString("title"))
                        .field("needInterests", rs.getString("interests"))
                        .field("needSkills", rs.getString("skills"))
                        .field("needExperience", rs.getString("experience"))
                        .field("needHoursPerWeek", (Integer) rs.getObject("hours_per_week"))
                        .field("needMunicipality", rs.getString("municipality"))
                        .field("needAdaptationNeeded", rs.getBoolean("adaptation_needed"))
                        .field("needAdaptationText", rs.getString("adaptation_text"))
                        .field("needLevel", ExportCode.of("needs.level", rs.getString("level")))
                        .field("needState", ExportCode.of("needs.state", rs.getString("state")))
                        .field("needCloseReason", ExportCode.of("needs.closeReason", rs.getString("close_reason")))
                        .field("needProposals", rs.getString("proposals"))
                        .field("needHistory", rs.getString("history")))
                .list());
    }
}
