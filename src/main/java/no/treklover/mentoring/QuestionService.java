package no.treklover.mentoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.treklover.access.CurrentUser;
import no.treklover.access.MentoringAction;
import no.treklover.access.QuestionAsker;
import no.treklover.access.Role;
import no.treklover.notification.NotificationRequested;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Spør veilederen": the mentor and the employer ask the process's counsellor, who answers. Each question is a
 * thread; the counsellor is notified of a question, the asker of an answer. The time to the first answer is
 * measured, and a question unanswered for more than two working days is overdue (BRIEF §5: mentors expect the
 * counsellor to be easy to reach and quick to act).
 */
@Service
public class QuestionService {

    static final String RESOURCE = "mentoring.questions";
    public static final int TEXT_MAX = 4000;

    public record Answer(long id, String body, long authorId, String authorName, Instant answeredAt) {
    }

    public record Question(long id, long processId, String body, long askedById, String askedByName,
            String askedByRole, Instant askedAt, Instant firstAnsweredAt, LocalDate answerDue, boolean overdue,
            List<Answer> answers) {

        public boolean answered() {
            return firstAnsweredAt != null;
        }

        /** Minutes from the question to its first answer, or null while unanswered. */
        public Long minutesToFirstAnswer() {
            return firstAnsweredAt == null ? null : Duration.between(askedAt, firstAnsweredAt).toMinutes();
        }
    }

    private final MentoringCases cases;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    QuestionService(MentoringCases cases, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public List<Question> list(CurrentUser user, long processId) {
        return list(user, cases.load(processId));
    }

    /** The questions of the case this user may read: all for NAV and the mentor, fewer for the employer. */
    List<Question> list(CurrentUser user, MentoringCases.Case c) {
        cases.require(user, c, MentoringAction.READ_QUESTIONS, RESOURCE);
        return load(c.id(), null, asker -> cases.readsQuestion(user, c, asker));
    }

    /** 403 (logged) unless the user may read the case's questions; the read is logged. */
    void requireRead(CurrentUser user, MentoringCases.Case c) {
        cases.require(user, c, MentoringAction.READ_QUESTIONS, RESOURCE);
    }

    @Transactional
    public Question get(CurrentUser user, long questionId) {
        MentoringCases.Case c = cases.load(processOf(questionId));
        cases.requireQuestion(user, c, askerOf(questionId), RESOURCE);
        return load(c.id(), questionId).get(0);
    }

    /** Mentor or employer asks; the process's counsellor is notified. */
    @Transactional
    public Question ask(CurrentUser user, long processId, String body) {
        MentoringCases.Case c = cases.require(user, processId, MentoringAction.ASK_QUESTION, RESOURCE);
        String text = checked(body, "mentoring.question.required");
        Long counsellor = c.process().getCounsellorId();
        long id = jdbc.sql("""
                        insert into mentoring_question (process_id, asked_by, counsellor_user_id, body, asked_at)
                        values (:p, :by, :c, :body, :at) returning id""")
                .param("p", processId).param("by", user.id()).param("c", counsellor).param("body", text)
                .param("at", java.sql.Timestamp.from(cases.clock().instant())).query(Long.class).single();
        if (counsellor != null) {
            events.publishEvent(new NotificationRequested(counsellor, "mentoring.notification.question",
                    List.of(user.displayName()), "/mentoring/" + processId + "/questions#question-" + id, processId));
        }
        return load(processId, id).get(0);
    }

    /** The counsellor answers; the asker is notified. The first answer stops the clock. */
    @Transactional
    public Question answer(CurrentUser user, long questionId, String body) {
        long processId = processOf(questionId);
        cases.require(user, processId, MentoringAction.ANSWER_QUESTION, RESOURCE);
        String text = checked(body, "mentoring.answer.required");
        java.sql.Timestamp now = java.sql.Timestamp.from(cases.clock().instant());
        jdbc.sql("""
                        insert into mentoring_answer (question_id, author_user_id, body, answered_at)
                        values (:q, :by, :body, :at)""")
                .param("q", questionId).param("by", user.id()).param("body", text).param("at", now).update();
        jdbc.sql("update mentoring_question set first_answered_at = coalesce(first_answered_at, :at) where id = :q")
                .param("at", now).param("q", questionId).update();
        Question question = load(processId, questionId).get(0);
        events.publishEvent(new NotificationRequested(question.askedById(), "mentoring.notification.answer",
                List.of(user.displayName()), "/mentoring/" + processId + "/questions#question-" + questionId,
                processId));
        return question;
    }

    /** Unanswered questions of a process, oldest first (for the counsellor's process page). */
    static List<Question> open(List<Question> questions) {
        return questions.stream().filter(q -> !q.answered())
                .sorted(java.util.Comparator.comparing(Question::askedAt)).toList();
    }

    private QuestionAsker askerOf(long questionId) {
        return jdbc.sql("""
                        select u.id, u.role, u.employer_id from mentoring_question q join app_user u on u.id = q.asked_by
                         where q.id = :q""")
                .param("q", questionId)
                .query((rs, n) -> new QuestionAsker(rs.getLong(1), Role.valueOf(rs.getString(2)),
                        rs.getObject(3, Long.class)))
                .single();
    }

    private long processOf(long questionId) {
        return jdbc.sql("select process_id from mentoring_question where id = :q").param("q", questionId)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("question", questionId));
    }

    private static String checked(String body, String requiredKey) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new RuleViolationException("text", requiredKey);
        }
        if (text.length() > TEXT_MAX) {
            throw new RuleViolationException("text", "mentoring.validation.tooLong", TEXT_MAX);
        }
        return text;
    }

    List<Question> load(long processId, Long onlyId) {
        return load(processId, onlyId, asker -> true);
    }

    private List<Question> load(long processId, Long onlyId, Predicate<QuestionAsker> readable) {
        Map<Long, List<Answer>> answers = jdbc.sql("""
                        select a.question_id, a.id, a.body, a.author_user_id, u.display_name, a.answered_at
                          from mentoring_answer a join mentoring_question q on q.id = a.question_id
                          join app_user u on u.id = a.author_user_id
                         where q.process_id = :p and (cast(:only as bigint) is null or q.id = :only)
                         order by a.answered_at, a.id""")
                .param("p", processId).param("only", onlyId)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Answer(rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant())))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return questions(processId, onlyId, answers, readable);
    }

    private List<Question> questions(long processId, Long onlyId, Map<Long, List<Answer>> answers,
            Predicate<QuestionAsker> readable) {
        LocalDate today = cases.today();
        return jdbc.sql("""
                        select q.id, q.body, q.asked_by, u.display_name, u.role, q.asked_at, q.first_answered_at,
                               u.employer_id
                          from mentoring_question q join app_user u on u.id = q.asked_by
                         where q.process_id = :p and (cast(:only as bigint) is null or q.id = :only)
                         order by q.asked_at desc, q.id desc""")
                .param("p", processId).param("only", onlyId)
                .query((rs, n) -> {
                    QuestionAsker asker = new QuestionAsker(rs.getLong(3), Role.valueOf(rs.getString(5)),
                            rs.getObject(8, Long.class));
                    if (!readable.test(asker)) {
                        return null;
                    }
                    java.sql.Timestamp first = rs.getTimestamp(7);
                    long id = rs.getLong(1);
                    return question(id, processId, rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                            rs.getTimestamp(6).toInstant(), first == null ? null : first.toInstant(), today,
                            answers.getOrDefault(id, List.of()));
                })
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }

    /** A question with its answer's due date and, unanswered, whether it is overdue {@code today}. */
    static Question question(long id, long processId, String body, long askedById, String askedByName,
            String askedByRole, Instant askedAt, Instant firstAnsweredAt, LocalDate today, List<Answer> answers) {
        LocalDate askedOn = askedAt.atZone(MentoringCases.OSLO).toLocalDate();
        boolean overdue = firstAnsweredAt == null && WorkingDays.overdue(askedOn, today);
        return new Question(id, processId, body, askedById, askedByName, askedByRole, askedAt, firstAnsweredAt,
                WorkingDays.answerDue(askedOn), overdue, answers);
    }
}
