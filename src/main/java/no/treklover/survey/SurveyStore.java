package no.treklover.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import no.treklover.platform.errors.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads surveys and their questions: one query for the survey, one for its questions. */
@Repository
class SurveyStore {

    private final JdbcClient jdbc;

    SurveyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Survey get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("survey", id));
    }

    Optional<Survey> find(long id) {
        return jdbc.sql("""
                select s.*, o.name as office_name from survey s join office o on o.id = s.office_id
                where s.id = :id""").param("id", id).query((rs, n) -> survey(rs)).optional()
                .map(s -> withQuestions(s, questions(id)));
    }

    List<Question> questions(long surveyId) {
        return jdbc.sql("select * from survey_question where survey_id = :id order by position, id")
                .param("id", surveyId).query((rs, n) -> question(rs)).list();
    }

    private static Survey withQuestions(Survey s, List<Question> questions) {
        return new Survey(s.id(), s.officeId(), s.officeName(), s.title(), s.intro(), s.audience(), s.state(),
                s.triggered(), s.seriesId(), s.round(), s.openedAt(), s.closedAt(), s.version(), questions, s.county());
    }

    private static Survey survey(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Object series = rs.getObject("series_id");
        return new Survey(id, rs.getString("office_id"), rs.getString("office_name"), rs.getString("title"),
                rs.getString("intro"), SurveyAudience.valueOf(rs.getString("audience")),
                SurveyState.valueOf(rs.getString("state")), rs.getString("trigger_kind") != null,
                series == null ? id : ((Number) series).longValue(), rs.getInt("round"), instant(rs, "opened_at"),
                instant(rs, "closed_at"), rs.getLong("version"), List.of(),
                rs.getString("county"));
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Question question(ResultSet rs) throws SQLException {
        return new Question(rs.getLong("id"), rs.getInt("position"), rs.getString("question_key"),
                rs.getString("section"), QuestionKind.valueOf(rs.getString("kind")), rs.getString("text"),
                rs.getBoolean("required"), Question.lines(rs.getString("options")),
                (Integer) rs.getObject("scale_max"), rs.getString("low_label"), rs.getString("high_label"));
    }

    List<SurveyResults.AnswerRow> answers(long surveyId) {
        return jdbc.sql("""
                select r.id, r.office_id, a.question_id, a.choice, a.text
                from survey_answer a join survey_response r on r.id = a.response_id
                where r.survey_id = :id""").param("id", surveyId)
                .query((rs, n) -> new SurveyResults.AnswerRow(rs.getObject(1, java.util.UUID.class), rs.getString(2),
                        rs.getLong(3), (Integer) rs.getObject(4), rs.getString(5))).list();
    }
}
