package no.treklover.mentoring;

import java.time.LocalDate;
import java.time.LocalTime;
import no.treklover.privacy.ExportCode;
import no.treklover.privacy.ExportContent;
import no.treklover.privacy.ExportRecord;
import no.treklover.privacy.ExportSection;
import no.treklover.privacy.ExportSubject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The candidate's weekly plan and mastery log in the data export (GDPR art. 15). The mentor's checklist notes, the
 * questions to the counsellor and the challenge flags are the mentor's and NAV's working notes and are not part of
 * it (a decision for the privacy officer to confirm).
 */
@Configuration
class MentoringExportSections {

    @Bean
    ExportSection weeklyPlanExportSection(JdbcClient jdbc) {
        return new ExportSection() {
            @Override
            public String name() {
                return "weeklyPlan";
            }

            @Override
            public int order() {
                return 47;
            }

            @Override
            public ExportContent collect(ExportSubject subject) {
                return ExportContent.lines(jdbc.sql("""
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
                        .list());
            }
        };
    }

    @Bean
    ExportSection masteryLogExportSection(JdbcClient jdbc) {
        return new ExportSection() {
            @Override
            public String name() {
                return "masteryLog";
            }

            @Override
            public int order() {
                return 48;
            }

            @Override
            public ExportContent collect(ExportSubject subject) {
                return ExportContent.blocks(jdbc.sql("""
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
                        .list());
            }
        };
    }

    private static String time(LocalTime time) {
        return time == null ? null : time.toString();
    }
}
