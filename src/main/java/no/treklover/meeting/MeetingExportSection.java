package no.treklover.meeting;

import java.sql.Timestamp;
import no.treklover.privacy.ExportCode;
import no.treklover.privacy.ExportContent;
import no.treklover.privacy.ExportRecord;
import no.treklover.privacy.ExportSection;
import no.treklover.privacy.ExportSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The candidate's meetings in the data export (GDPR art. 15): time, place, participants and agenda of every meeting
 * of their processes; minutes, decisions, start-up plans and action items of the meetings they took part in, as the
 * meeting pages show them; and the candidate's own feedback after each meeting.
 */
@Component
class MeetingExportSection implements ExportSection {

    private final JdbcClient jdbc;

    MeetingExportSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "meetings";
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public ExportContent collect(ExportSubject subject) {
        return ExportContent.blocks(jdbc.sql("""
                        select m.id, m.process_id, m.type, m.status, m.starts_at, m.duration_minutes, m.channel,
                               m.location, m.agenda, m.minutes, m.decisions, m.goals, m.training_plan, m.weekly_plan,
                               m.roles, m.cancel_reason,
                               (select string_agg(pa.name, ', ' order by pa.position) from meeting_participant pa
                                 where pa.meeting_id = m.id) as participants,
                               exists (select 1 from meeting_participant pa where pa.meeting_id = m.id
                                        and pa.role = 'CANDIDATE') as took_part,
                               (select string_agg(i.text || coalesce(' (' || i.owner || ')', '')
                                                  || coalesce(', ' || to_char(i.due_date, 'DD.MM.YYYY'), '')
                                                  || case when i.done then ' (ferdig)' else '' end, '; ' order by i.id)
                                  from meeting_action_item i where i.meeting_id = m.id) as action_items,
                               f.rating as feedback_rating, f.heard as feedback_heard, f.comment as feedback_comment,
                               f.updated_at as feedback_at
                        from meeting m join inclusion_process p on p.id = m.process_id
                        left join lateral (select * from meeting_feedback mf
                                            where mf.meeting_id = m.id and mf.candidate_user_id in
                                                  (select u.id from app_user u where u.candidate_id = p.candidate_id)
                                            order by mf.id limit 1) f on true
                        where p.candidate_id = :id
                        order by m.starts_at, m.id""")
                .param("id", subject.candidateId())
                .query((rs, n) -> {
                    boolean tookPart = rs.getBoolean("took_part");
                    Timestamp startsAt = rs.getTimestamp("starts_at");
                    Timestamp feedbackAt = rs.getTimestamp("feedback_at");
                    return new ExportRecord()
                            .field("processId", rs.getLong("process_id"))
                            .field("meetingType", ExportCode.of("meeting.type", rs.getString("type")))
                            .field("meetingStatus", ExportCode.of("meeting.status", rs.getString("status")))
                            .field("meetingStartsAt", startsAt == null ? null : startsAt.toInstant())
                            .field("meetingDurationMinutes", rs.getInt("duration_minutes"))
                            .field("meetingChannel", ExportCode.of("meeting.channel", rs.getString("channel")))
                            .field("meetingLocation", rs.getString("location"))
                            .field("meetingParticipants", rs.getString("participants"))
                            .field("meetingAgenda", rs.getString("agenda"))
                            .field("meetingCancelReason", rs.getString("cancel_reason"))
                            .field("meetingMinutes", tookPart ? rs.getString("minutes") : null)
                            .field("meetingDecisions", tookPart ? rs.getString("decisions") : null)
                            .field("meetingGoals", tookPart ? rs.getString("goals") : null)
                            .field("meetingTrainingPlan", tookPart ? rs.getString("training_plan") : null)
                            .field("meetingWeeklyPlan", tookPart ? rs.getString("weekly_plan") : null)
                            .field("meetingRoles", tookPart ? rs.getString("roles") : null)
                            .field("meetingActionItems", tookPart ? rs.getString("action_items") : null)
                            .field("meetingFeedbackRating", rs.getString("feedback_rating") == null ? null
                                    : ExportCode.of("meeting.feedback.rating", rs.getString("feedback_rating")))
                            .field("meetingFeedbackHeard", rs.getString("feedback_heard") == null ? null
                                    : ExportCode.of("meeting.feedback.heard", rs.getString("feedback_heard")))
                            .field("meetingFeedbackComment", rs.getString("feedback_comment"))
                            .field("meetingFeedbackGivenAt", feedbackAt == null ? null : feedbackAt.toInstant());
                })
                .list());
    }
}
