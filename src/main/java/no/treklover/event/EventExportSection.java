package no.treklover.event;

import no.treklover.privacy.ExportCode;
import no.treklover.privacy.ExportContent;
import no.treklover.privacy.ExportRecord;
import no.treklover.privacy.ExportSection;
import no.treklover.privacy.ExportSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The interviews booked for the candidate at job fairs and other events, with the employers' decisions and
 *  feedback, and her places on waiting lists, for her data export (GDPR art. 15). */
@Component
class EventExportSection implements ExportSection {

    private final JdbcClient jdbc;

    EventExportSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public int order() {
        return 58;
    }

    @Override
    public ExportContent collect(ExportSubject subject) {
        java.util.List<ExportRecord> records = new java.util.ArrayList<>(jdbc.sql("""
                        select b.process_id, e.title, s.starts_at, em.name, b.booked_at, b.cancelled_at,
                               b.counsellor_joins, b.attendance, b.decision, b.feedback, b.offer_accepted_at
                          from event_booking b
                          join event e on e.id = b.event_id
                          join event_slot s on s.id = b.slot_id
                          join event_employer x on x.id = b.event_employer_id
                          join employer em on em.id = x.employer_id
                         where b.candidate_id = :id
                         order by s.starts_at, b.id""")
                .param("id", subject.candidateId())
                .query((rs, n) -> {
                    java.sql.Timestamp cancelled = rs.getTimestamp("cancelled_at");
                    java.sql.Timestamp accepted = rs.getTimestamp("offer_accepted_at");
                    return new ExportRecord()
                            .field("processId", rs.getLong("process_id"))
                            .field("eventTitle", rs.getString("title"))
                            .field("interviewAt", rs.getTimestamp("starts_at").toInstant())
                            .field("interviewEmployer", rs.getString("name"))
                            .field("bookedAt", rs.getTimestamp("booked_at").toInstant())
                            .field("bookingCancelledAt", cancelled == null ? null : cancelled.toInstant())
                            .field("counsellorJoins", (Boolean) rs.getObject("counsellor_joins"))
                            .field("attendance", ExportCode.of("events.attendance", rs.getString("attendance")))
                            .field("interviewDecision", ExportCode.of("events.decision", rs.getString("decision")))
                            .field("interviewFeedback", rs.getString("feedback"))
                            .field("offerAcceptedAt", accepted == null ? null : accepted.toInstant());
                })
                .list());
        records.addAll(jdbc.sql("""
                        select w.process_id, e.title, em.name, w.added_at, w.left_at, w.booking_id
                          from event_waiting w
                          join event_employer x on x.id = w.event_employer_id
                          join event e on e.id = x.event_id
                          join employer em on em.id = x.employer_id
                         where w.candidate_id = :id
                         order by w.added_at, w.id""")
                .param("id", subject.candidateId())
                .query((rs, n) -> {
                    java.sql.Timestamp left = rs.getTimestamp("left_at");
                    return new ExportRecord()
                            .field("processId", rs.getLong("process_id"))
                            .field("eventTitle", rs.getString("title"))
                            .field("interviewEmployer", rs.getString("name"))
                            .field("waitingSince", rs.getTimestamp("added_at").toInstant())
                            .field("waitingLeftAt", left == null ? null : left.toInstant())
                            .field("waitingMovedUp", rs.getObject("booking_id") != null);
                })
                .list());
        return ExportContent.lines(records);
    }
}
