package no.treklover.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.access.LearningAccess;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.StaleVersionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's question bank for kartlegging and follow-up (issue 14): counsellors propose, the office leader takes a
 * question in (active), retires it, and puts it on a meeting's agenda in one click.
 */
@Service
public class QuestionBankService {

    private static final String SELECT = """
            select q.id, q.office_id, q.text, q.theme, q.purpose, q.status, u.display_name as proposed_by_name,
                   q.version
            from learning_question q join app_user u on u.id = q.proposed_by
            """;

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final OfficeMeetingService meetings;
    private final Clock clock;

    QuestionBankService(JdbcClient jdbc, AccessPolicy policy, OfficeMeetingService meetings, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** The office's bank by purpose and theme: active, then proposed, then retired. */
    @Transactional(readOnly = true)
    public List<BankQuestion> list(CurrentUser user) {
        policy.requireLearning(user, user.officeId(), false);
        return jdbc.sql(SELECT + """
                        where q.office_id = :office
                        order by case q.status when 'ACTIVE' then 0 when 'PROPOSED' then 1 else 2 end, q.purpose,
                                 lower(q.theme), q.id""")
                .param("office", user.officeId()).query(QuestionBankService::row).list();
    }

    /** A question for the bank: active at once from the office leader, proposed from a counsellor. */
    @Transactional
    public BankQuestion propose(CurrentUser user, QuestionDetails details) {
        LearningAccess access = policy.requireLearning(user, user.officeId(), false);
        long id = jdbc.sql("""
                        insert into learning_question (office_id, text, theme, purpose, status, proposed_by, created_at)
                        values (:office, :text, :theme, :purpose, :status, :user, :now) returning id""")
                .param("office", user.officeId()).param("text", details.text().strip())
                .param("theme", details.theme().strip()).param("purpose", details.purpose().name())
                .param("status", access.manages() ? "ACTIVE" : "PROPOSED").param("user", user.id())
                .param("now", Timestamp.from(clock.instant())).query(Long.class).single();
        return find(id);
    }

    /** Take in, retire or bring back a question: the office leader's. */
    @Transactional
    public BankQuestion setStatus(CurrentUser user, long id, long expectedVersion, BankQuestion.Status status) {
        BankQuestion question = find(id);
        policy.requireLearning(user, question.officeId(), true);
        if (status == null) {
            throw new RuleViolationException("status", "learning.validation.status");
        }
        int changed = jdbc.sql("update learning_question set status = :status, version = version + 1 "
                        + "where id = :id and version = :version")
                .param("status", status.name()).param("id", id).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersionException();
        }
        return find(id);
    }

    /** An active question of the office onto the end of a meeting's agenda, in one click. */
    @Transactional
    public OfficeMeeting addToAgenda(CurrentUser user, long meetingId, long questionId) {
        policy.requireLearning(user, meetings.officeOf(meetingId), true);
        BankQuestion question = find(questionId);
        if (question.status() != BankQuestion.Status.ACTIVE
                || !question.officeId().equals(meetings.officeOf(meetingId))) {
            throw new RuleViolationException("questionId", "learning.validation.question");
        }
        return meetings.addAgendaItem(user, meetingId, question.text(), questionId);
    }

    private BankQuestion find(long id) {
        return jdbc.sql(SELECT + " where q.id = :id").param("id", id).query(QuestionBankService::row).optional()
                .orElseThrow(() -> new NotFoundException("question", id));
    }

    private static BankQuestion row(ResultSet rs, int n) throws SQLException {
        return new BankQuestion(rs.getLong("id"), rs.getString("office_id"), rs.getString("text"), rs.getString("theme"),
                BankQuestion.Purpose.valueOf(rs.getString("purpose")), BankQuestion.Status.valueOf(rs.getString("status")),
                rs.getString("proposed_by_name"), rs.getLong("version"));
    }
}
