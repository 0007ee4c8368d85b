package no.treklover.learning;

import no.treklover.privacy.ExportCode;
import no.treklover.privacy.ExportContent;
import no.treklover.privacy.ExportRecord;
import no.treklover.privacy.ExportSection;
import no.treklover.privacy.ExportSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reflection notes on the candidate's processes in her data export (GDPR art. 15): that a note exists, on which
 * process, when it was written and changed, and whether it is private to its author or shared with a peer group of the
 * office, but not its four texts.
 *
 * <p>Why: a reflection note is the counsellor's internal working document about her own practice (seed 003), written
 * to prepare how she and her office handle cases, and never given to anyone outside the office (not to the candidate,
 * her partners, the beslutter or the market side). Personopplysningsloven § 16 første ledd bokstav e exempts from the
 * right of access under art. 15 information in documents prepared for internal case preparation that have not been
 * given to others, as far as that is necessary to ensure sound internal decision processes; free reflection on what
 * went wrong and what to change is exactly what would stop being written if it were handed out. The exemption only
 * covers the texts: that the notes exist and when is not withheld, and the export says which rule withholds the rest
 * ({@code reflectionTextWithheld}), as § 16 third paragraph requires a refusal to give its legal basis. The form tells
 * the counsellor to write about her own practice and to keep facts about the candidate in the process itself, which
 * is exported in full. A request for the texts themselves is decided case by case by NAV (merinnsyn), outside this
 * export. The texts are deleted when the candidate is anonymised ({@code learning_forget_candidate}).
 */
@Component
class ReflectionExportSection implements ExportSection {

    /** The legal basis shown in the export, as a code with a Norwegian text (privacy.code.learning.withheld.*). */
    static final String WITHHELD_BECAUSE = "POPPLYL_16_1_E";

    private final JdbcClient jdbc;

    ReflectionExportSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "reflections";
    }

    @Override
    public int order() {
        return 58;
    }

    @Override
    public ExportContent collect(ExportSubject subject) {
        return ExportContent.lines(jdbc.sql("""
                        select n.process_id, n.created_at, n.updated_at, n.peer_group_id is not null as shared
                        from reflection_note n join inclusion_process p on p.id = n.process_id
                        where p.candidate_id = :id
                        order by n.created_at, n.id""")
                .param("id", subject.candidateId())
                .query((rs, n) -> new ExportRecord()
                        .field("processId", rs.getLong("process_id"))
                        .field("reflectionWrittenAt", rs.getTimestamp("created_at").toInstant())
                        .field("reflectionChangedAt", rs.getTimestamp("updated_at").toInstant())
                        .field("reflectionShared", rs.getBoolean("shared"))
                        .field("reflectionTextWithheld", ExportCode.of("learning.withheld", WITHHELD_BECAUSE)))
                .list());
    }
}
