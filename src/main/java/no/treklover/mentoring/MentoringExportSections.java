package no.treklover.mentoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Function;
import no.treklover.privacy.ExportCode;
import no.treklover.privacy.ExportContent;
import no.treklover.privacy.ExportRecord;
import no.treklover.privacy.ExportSection;
import no.treklover.privacy.ExportSubject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The workspace in the data export (GDPR art. 15): weekly plan, the mentor's notes on the guide's steps, mastery log,
 * the mentor's questions about the candidate with their answers, and the challenge flags. They are written in her
 * process and about her time at the workplace, so they are hers to see.
 */
@Configuration
class MentoringExportSections {

    /** A section is its name, its place in the export and one query; nothing else varies between them. */
    private record Section(String name, int order, Function<ExportSubject, ExportContent> collector)
            implements ExportSection {

        @Override
        public ExportContent collect(ExportSubject subject) {
            return collector.apply(subject);
        }
    }

    @Bean
    ExportSection weeklyPlanExportSection(JdbcClient jdbc) {
        return new Section("weeklyPlan", 47, subject -> ExportContent.lines(jdbc.sql("""
                        select i.process_id, i.weekday, i.starts_at, i.ends_at, i.activity, i.is_break
                          from weekly_plan_item i join inclusion_process p on p.id = i.process_id
                         where p.candidate_id = :id order by i.process_id, i.position""")
                .param("id", subject.candidateId())
                .query((rs, n) -> new ExportRecord()
                        .field("processId", rs.getLong(1))
                        .field("planWeekday", ExportCode.of("mentoring.day", rs.getString(2)))
                        .field("planStartsAt", time(rs.getObject(3, LocalTime.class)))
                        .field("planEndsAt", time(rs.getObject(4, LocalTime.class)))
                        .field("planActivity", rs.getString(5))
                        .field("planIsBreak", rs.getBoolean(6)))
                .list()));
    }

    /** The mentor's notes on the six steps of the guide and when each was done, as written in her process. */
    @Bean
    ExportSection mentoringStepsExportSection(JdbcClient jdbc) {
        return new Section("mentoringSteps", 47, subject -> ExportContent.blocks(jdbc.sql("""
                        select s.process_id, s.step, s.note, s.done_on, u.display_name, s.updated_at
                          from mentoring_step s join inclusion_process p on p.id = s.process_id
                          left join app_user u on u.id = s.updated_by
                         where p.candidate_id = :id order by s.process_id, s.step""")
                .param("id", subject.candidateId())
                .query((rs, n) -> new ExportRecord()
                        .field("processId", rs.getLong(1))
                        .field("stepNumber", rs.getInt(2))
                        .field("stepNote", rs.getString(3))
                        .field("stepDoneOn", rs.getObject(4, LocalDate.class))
                        .field("stepUpdatedBy", rs.getString(5))
                        .field("stepUpdatedAt", rs.getTimestamp(6).toInstant()))
                .list()));
    }

    @Bean
    ExportSection masteryLogExportSection(JdbcClient jdbc) {
        return new Section("masteryLog", 48, subject -> ExportContent.blocks(jdbc.sql("""
                        select e.process_id, e.entry_date, e.went_well, e.was_hard, u.display_name, e.created_at
                          from mastery_entry e join inclusion_process p on p.id = e.process_id
                          join app_user u on u.id = e.author_user_id
                         where p.candidate_id = :id order by e.entry_date, e.id""")
                .param("id", subject.candidateId())
                .query((rs, n) -> new ExportRecord()
                        .field("processId", rs.getLong(1))
                        .field("masteryDate", rs.getObject(2, LocalDate.class))
                        .field("masteryWentWell", rs.getString(3))
                        .field("masteryWasHard", rs.getString(4))
                        .field("masteryAuthor", rs.getString(5))
                        .field("createdAt", rs.getTimestamp(6).toInstant()))
                .list()));
    }

    /** What the mentor asked the counsellor about the candidate, with the answers (personal data about her). */
    @Bean
    ExportSection mentoringQuestionsExportSection(JdbcClient jdbc) {
        return new Section("mentoringQuestions", 49, subject -> ExportContent.blocks(jdbc.sql("""
                        select q.process_id, q.asked_at, asker.display_name, q.body,
                               a.answered_at, answerer.display_name, a.body
                          from mentoring_question q
                          join inclusion_process p on p.id = q.process_id
                          join app_user asker on asker.id = q.asked_by
                          left join mentoring_answer a on a.question_id = q.id
                          left join app_user answerer on answerer.id = a.author_user_id
                         where p.candidate_id = :id order by q.asked_at, q.id, a.answered_at, a.id""")
                .param("id", subject.candidateId())
                .query((rs, n) -> new ExportRecord()
                        .field("processId", rs.getLong(1))
                        .field("questionAskedAt", rs.getTimestamp(2).toInstant())
                        .field("questionAskedBy", rs.getString(3))
                        .field("questionText", rs.getString(4))
                        .field("answerAnsweredAt", instant(rs.getTimestamp(5)))
                        .field("answerAuthor", rs.getString(6))
                        .field("answerText", rs.getString(7)))
                .list()));
    }

    /** Challenges the mentor reported in the candidate's process, and how the counsellor resolved them. */
    @Bean
    ExportSection challengeFlagsExportSection(JdbcClient jdbc) {
        return new Section("challengeFlags", 50, subject -> ExportContent.blocks(jdbc.sql("""
                        select f.process_id, f.challenge, f.note, raiser.display_name, f.raised_at,
                               f.resolved_at, resolver.display_name, f.resolution_note
                          from challenge_flag f
                          join inclusion_process p on p.id = f.process_id
                          join app_user raiser on raiser.id = f.raised_by
                          left join app_user resolver on resolver.id = f.resolved_by
                         where p.candidate_id = :id order by f.raised_at, f.id""")
                .param("id", subject.candidateId())
                .query((rs, n) -> new ExportRecord()
                        .field("processId", rs.getLong(1))
                        .field("flagChallenge", ExportCode.of("mentoring.challenge", rs.getString(2)))
                        .field("flagNote", rs.getString(3))
                        .field("flagRaisedBy", rs.getString(4))
                        .field("flagRaisedAt", rs.getTimestamp(5).toInstant())
                        .field("flagResolvedAt", instant(rs.getTimestamp(6)))
                        .field("flagResolvedBy", rs.getString(7))
                        .field("flagResolution", rs.getString(8)))
                .list()));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String time(LocalTime time) {
        return time == null ? null : time.toString();
    }
}
