package no.treklover.mentoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the process page's mentoring card shows, read in one statement: the unanswered questions, the open challenge
 * flags and how many of the guide's steps are done. It reads; the caller asks for access first.
 */
@Component
class ProcessCardQuery {

    record Contents(List<QuestionService.Question> openQuestions, List<ChallengeFlagService.Flag> openFlags,
            long stepsDone) {
    }

    private final JdbcClient jdbc;

    ProcessCardQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code today} (in Oslo) decides which questions are overdue. */
    Contents read(long processId, LocalDate today) {
        List<QuestionService.Question> questions = new ArrayList<>();
        List<ChallengeFlagService.Flag> flags = new ArrayList<>();
        long[] stepsDone = {0};
        jdbc.sql("""
                        select 'QUESTION' as kind, q.id, q.body as text, null as challenge, q.asked_by as person_id,
                               u.display_name as person_name, u.role as person_role, q.asked_at as at
                          from mentoring_question q join app_user u on u.id = q.asked_by
                         where q.process_id = :p and q.first_answered_at is null
                        union all
                        select 'FLAG', f.id, f.note, f.challenge, null, r.display_name, null, f.raised_at
                          from challenge_flag f join app_user r on r.id = f.raised_by
                         where f.process_id = :p and f.resolved_at is null
                        union all
                        select 'STEPS_DONE', count(*), null, null, null, null, null, null
                          from mentoring_step s where s.process_id = :p and s.done_on is not null
                         order by kind, at desc, id desc""")
                .param("p", processId)
                .query((ResultSet rs) -> {
                    switch (rs.getString("kind")) {
                        case "QUESTION" -> questions.add(question(rs, processId, today));
                        case "FLAG" -> flags.add(flag(rs, processId));
                        default -> stepsDone[0] = rs.getLong("id");
                    }
                });
        return new Contents(QuestionService.open(questions), flags, stepsDone[0]);
    }

    private static QuestionService.Question question(ResultSet rs, long processId, LocalDate today)
            throws SQLException {
        return QuestionService.question(rs.getLong("id"), processId, rs.getString("text"), rs.getLong("person_id"),
                rs.getString("person_name"), rs.getString("person_role"), rs.getTimestamp("at").toInstant(), null,
                today, List.of());
    }

    private static ChallengeFlagService.Flag flag(ResultSet rs, long processId) throws SQLException {
        return new ChallengeFlagService.Flag(rs.getLong("id"), processId, Challenge.valueOf(rs.getString("challenge")),
                rs.getString("text"), rs.getString("person_name"), rs.getTimestamp("at").toInstant(), null, null, null);
    }
}
