package no.treklover.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.notification.NotificationRequested;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.ForbiddenException;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.StaleVersionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys (issue 14): the office leader builds one (a draft), sends it (recipients resolved then, each with a personal
 * link whose token is stored only hashed, and a notification to those with an account), closes it and starts the next
 * round. Counsellors, mentors and employers answer what was sent to them, through the link or logged in; the answer
 * flips their recipient row's "answered" flag and goes, without anything that says who, to
 * {@link SurveyAnswerBuffer}. Who may do what is {@link AccessPolicy}'s; which survey a respondent may answer is
 * this feature's list of recipients.
 */
@Service
public class SurveyService {

    static final int TEXT_ANSWER_MAX = 2000;

    private final JdbcClient jdbc;
    private final SurveyStore store;
    private final SurveyAnswerBuffer buffer;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SurveyService(JdbcClient jdbc, SurveyStore store, SurveyAnswerBuffer buffer, AccessPolicy access,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.buffer = buffer;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ the office leader's list and builder

    @Transactional(readOnly = true)
    public List<SurveySummary> officeSurveys(CurrentUser user) {
        String office = access.requireSurveyOffice(user);
        return jdbc.sql("""
                select s.id, s.title, s.audience, s.state, s.trigger_kind, s.round, s.created_at,
                       (select count(*) from survey_recipient r where r.survey_id = s.id) as recipients,
                       (select count(*) from survey_recipient r where r.survey_id = s.id and r.answered) as answered
                from survey s where s.office_id = :office order by s.created_at desc, s.id desc""")
                .param("office", office)
                .query((rs, n) -> new SurveySummary(rs.getLong(1), rs.getString(2),
                        SurveyAudience.valueOf(rs.getString(3)), SurveyState.valueOf(rs.getString(4)),
                        rs.getString(5) != null, rs.getInt(6), rs.getTimestamp(7).toInstant(), rs.getInt(8),
                        rs.getInt(9))).list();
    }

    /** A survey of the user's office (404 if none, 403 if another office's). */
    @Transactional(readOnly = true)
    public Survey managed(CurrentUser user, long id) {
        String office = access.requireSurveyOffice(user);
        Survey survey = store.get(id);
        if (!survey.officeId().equals(office)) {
            throw new ForbiddenException(user.username() + " may not manage survey " + id);
        }
        return survey;
    }

    @Transactional
    public long create(CurrentUser user, String title, String intro, SurveyAudience audience, boolean triggered) {
        String office = access.requireSurveyOffice(user);
        String county = access.surveysByCounty(user) ? countyOf(office) : null;
        check(QuestionRules.checkSurvey(title, intro, audience));
        checkTrigger(audience, triggered, county != null);
        return jdbc.sql("""
                insert into survey (office_id, county, title, intro, audience, trigger_kind, created_by)
                values (:office, :county, :title, :intro, :audience, :trigger, :user) returning id""")
                .param("office", office).param("county", county).param("title", title.strip())
                .param("intro", trimmed(intro))
                .param("audience", audience.name()).param("trigger", triggered ? "PROCESS_CLOSED" : null)
                .param("user", user.id()).query(Long.class).single();
    }

    @Transactional
    public void update(CurrentUser user, long id, long version, String title, String intro, SurveyAudience audience,
            boolean triggered) {
        Survey survey = editable(user, id);
        check(QuestionRules.checkSurvey(title, intro, audience));
        checkTrigger(audience, triggered, survey.byCounty());
        bump(survey, version);
        jdbc.sql("update survey set title = :title, intro = :intro, audience = :audience, trigger_kind = :trigger "
                        + "where id = :id")
                .param("title", title.strip()).param("intro", trimmed(intro)).param("audience", audience.name())
                .param("trigger", triggered ? "PROCESS_CLOSED" : null).param("id", id).update();
    }

    /** A triggered survey goes to the process's employer (seed 000: «Survey til alle involverte arbeidsgivere»). */
    private static void checkTrigger(SurveyAudience audience, boolean triggered, boolean byCounty) {
        if (triggered && byCounty) {
            throw new RuleViolationException("triggered", "survey.error.triggerCounty");
        }
        if (triggered && audience != SurveyAudience.EMPLOYER) {
            throw new RuleViolationException("triggered", "survey.error.triggerEmployer");
        }
    }

    private String countyOf(String unit) {
        return jdbc.sql("select county from office where id = :id").param("id", unit).query(String.class).single();
    }

    @Transactional
    public long addQuestion(CurrentUser user, long id, long version, QuestionDraft draft) {
        Survey survey = editable(user, id);
        check(QuestionRules.check(draft));
        bump(survey, version);
        int position = survey.questions().stream().mapToInt(Question::position).max().orElse(0) + 1;
        return jdbc.sql("""
                insert into survey_question (survey_id, position, question_key, section, kind, text, required, options,
                                             scale_max, low_label, high_label)
                values (:survey, :position, :key, :section, :kind, :text, :required, :options, :scaleMax, :low, :high)
                returning id""")
                .param("survey", id).param("position", position)
                .param("key", UUID.randomUUID().toString().substring(0, 12)).params(columns(draft))
                .query(Long.class).single();
    }

    @Transactional
    public void updateQuestion(CurrentUser user, long id, long questionId, long version, QuestionDraft draft) {
        Survey survey = editable(user, id);
        question(survey, questionId);
        check(QuestionRules.check(draft));
        bump(survey, version);
        jdbc.sql("""
                update survey_question set section = :section, kind = :kind, text = :text, required = :required,
                       options = :options, scale_max = :scaleMax, low_label = :low, high_label = :high
                where id = :question""").params(columns(draft)).param("question", questionId).update();
    }

    @Transactional
    public void removeQuestion(CurrentUser user, long id, long questionId, long version) {
        Survey survey = editable(user, id);
        question(survey, questionId);
        bump(survey, version);
        jdbc.sql("delete from survey_question where id = :question").param("question", questionId).update();
    }

    /** Moves a question one place up or down (swapping positions with its neighbour). */
    @Transactional
    public void moveQuestion(CurrentUser user, long id, long questionId, long version, boolean up) {
        Survey survey = editable(user, id);
        Question q = question(survey, questionId);
        List<Question> questions = survey.questions();
        int at = questions.indexOf(q);
        int other = up ? at - 1 : at + 1;
        bump(survey, version);
        if (other < 0 || other >= questions.size()) {
            return;
        }
        List<Question> reordered = new ArrayList<>(questions);
        reordered.set(at, questions.get(other));
        reordered.set(other, q);
        for (int i = 0; i < reordered.size(); i++) {
            jdbc.sql("update survey_question set position = :p where id = :q").param("p", i + 1)
                    .param("q", reordered.get(i).id()).update();
        }
    }

    private static Map<String, Object> columns(QuestionDraft d) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("section", trimmed(d.section()));
        c.put("kind", d.kind().name());
        c.put("text", d.text().strip());
        c.put("required", d.required());
        c.put("options", d.kind().hasOptions() ? String.join("\n", Question.lines(d.options())) : null);
        c.put("scaleMax", d.kind() == QuestionKind.SCALE ? d.scaleMax() : null);
        c.put("low", d.kind() == QuestionKind.SCALE ? d.lowLabel().strip() : null);
        c.put("high", d.kind() == QuestionKind.SCALE ? d.highLabel().strip() : null);
        return c;
    }

    private static Question question(Survey survey, long questionId) {
        return survey.questions().stream().filter(q -> q.id() == questionId).findFirst()
                .orElseThrow(() -> new NotFoundException("question", questionId));
    }

    /** Only a draft changes its questions: once open, it may have answers (and answers fix the questions). */
    private Survey editable(CurrentUser user, long id) {
        Survey survey = managed(user, id);
        if (!survey.isDraft() || hasAnswers(id)) {
            throw new ConflictException("survey.conflict.notDraft");
        }
        return survey;
    }

    private boolean hasAnswers(long id) {
        return jdbc.sql("select exists (select 1 from survey_recipient where survey_id = :id and answered) "
                + "or exists (select 1 from survey_response where survey_id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    private void bump(Survey survey, long version) {
        int updated = jdbc.sql("update survey set version = version + 1 where id = :id and version = :version")
                .param("id", survey.id()).param("version", version).update();
        if (updated == 0) {
            throw new StaleVersionException();
        }
    }

    private static void check(List<RuleViolationException.Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ------------------------------------------------------------------ sending, closing, rounds

    /**
     * What sending did: each person asked, with their personal link's token. The tokens are stored only hashed, so
     * this is the one time they are shown (the office leader hands the links on, as in seed 000's survey).
     */
    public record Sent(List<PersonalLink> links) {
    }

    public record PersonalLink(String name, String token) {
    }

    /**
     * Opens the survey and, unless it is triggered, asks the office's people of its audience as they are now. Each
     * gets a personal link; those with an account a notification that leads to the logged-in answer page.
     */
    @Transactional
    public Sent send(CurrentUser user, long id, long version) {
        Survey survey = managed(user, id);
        if (!survey.isDraft()) {
            throw new ConflictException("survey.conflict.notDraft");
        }
        if (survey.questions().isEmpty()) {
            throw new RuleViolationException(null, "survey.error.noQuestions");
        }
        bump(survey, version);
        jdbc.sql("update survey set state = 'OPEN', opened_at = :now where id = :id")
                .param("now", java.sql.Timestamp.from(clock.instant())).param("id", id).update();
        if (survey.triggered()) {
            return new Sent(List.of());
        }
        List<PersonalLink> links = new ArrayList<>();
        for (Object[] person : audience(survey)) {
            links.add(new PersonalLink((String) person[1], invite(survey, (Long) person[0], (String) person[2], null)));
        }
        return new Sent(links);
    }

    /**
     * The people of the audience as they are at sending time — of the survey's office, or of every office of its
     * county — each with the office whose group their answer counts in (a mentor's or employer's: the lowest-numbered
     * office among their open processes there).
     */
    private List<Object[]> audience(Survey survey) {
        String offices = survey.byCounty() ? "(select id from office where county = :county)" : "(:office)";
        String who = switch (survey.audience()) {
            case COUNSELLOR -> "select u.id, u.display_name, u.office_id from app_user u where u.role = 'COUNSELLOR' "
                    + "and u.enabled and u.office_id in " + offices;
            case MENTOR -> "select u.id, u.display_name, min(p.office_id) from app_user u join inclusion_process p "
                    + "on p.mentor_user_id = u.id where u.role = 'MENTOR' and u.enabled and p.open and p.office_id in "
                    + offices + " group by u.id, u.display_name";
            case EMPLOYER -> "select u.id, u.display_name, min(p.office_id) from app_user u join inclusion_process p "
                    + "on p.employer_id = u.employer_id where u.role = 'EMPLOYER' and u.enabled and p.open "
                    + "and p.office_id in " + offices + " group by u.id, u.display_name";
        };
        return jdbc.sql(who + " order by 2, 1").param("office", survey.officeId()).param("county", survey.county())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).list();
    }

    /** Creates the recipient with a fresh token (stored as its hash) and tells them; returns the raw token. */
    String invite(Survey survey, long userId, String office, Long processId) {
        String token = newToken();
        jdbc.sql("""
                insert into survey_recipient (survey_id, user_id, office_id, process_id, token_hash)
                values (:survey, :user, :office, :process, :hash)""")
                .param("survey", survey.id()).param("user", userId).param("office", office)
                .param("process", processId).param("hash", hash(token)).update();
        events.publishEvent(new NotificationRequested(userId, "survey.notification.invited",
                List.of(survey.title()), "/surveys/" + survey.id() + "/answer", null));
        return token;
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes an open survey: what waits in the buffer is written, then all its answers reshuffled at once. */
    @Transactional
    public void close(CurrentUser user, long id, long version) {
        Survey survey = managed(user, id);
        if (!survey.isOpen()) {
            throw new ConflictException("survey.conflict.notOpen");
        }
        bump(survey, version);
        jdbc.sql("update survey set state = 'CLOSED', closed_at = :now where id = :id")
                .param("now", java.sql.Timestamp.from(clock.instant())).param("id", id).update();
        buffer.flush(id);
        buffer.reshuffle(id);
    }

    /** A new round: a draft copy of the survey with the same questions (and keys), for the next sending. */
    @Transactional
    public long newRound(CurrentUser user, long id) {
        Survey survey = managed(user, id);
        int round = jdbc.sql("select max(round) from survey where coalesce(series_id, id) = :series")
                .param("series", survey.seriesId()).query(Integer.class).single() + 1;
        long copy = jdbc.sql("""
                insert into survey (office_id, county, title, intro, audience, trigger_kind, series_id, round,
                                    template_key, created_by)
                select office_id, county, title, intro, audience, trigger_kind, :series, :round, template_key, :user
                from survey where id = :id returning id""")
                .param("series", survey.seriesId()).param("round", round).param("user", user.id()).param("id", id)
                .query(Long.class).single();
        copyQuestions(id, copy);
        return copy;
    }

    private void copyQuestions(long from, long to) {
        jdbc.sql("""
                insert into survey_question (survey_id, position, question_key, section, kind, text, required, options,
                                             scale_max, low_label, high_label)
                select :to, position, question_key, section, kind, text, required, options, scale_max, low_label,
                       high_label from survey_question where survey_id = :from""")
                .param("to", to).param("from", from).update();
    }

    /** The rounds of the series before this one, latest first (for the comparison's choice). */
    @Transactional(readOnly = true)
    public List<SurveySummary> earlierRounds(CurrentUser user, long id) {
        Survey survey = managed(user, id);
        return officeSurveys(user).stream().filter(s -> s.round() < survey.round() && s.id() != id
                && seriesOf(s.id()) == survey.seriesId()).toList();
    }

    private long seriesOf(long id) {
        return jdbc.sql("select coalesce(series_id, id) from survey where id = :id").param("id", id)
                .query(Long.class).single();
    }

    /** The shipped baseline survey of seed 000 as a new draft of the office. */
    @Transactional
    public long fromBaseline(CurrentUser user) {
        String office = access.requireSurveyOffice(user);
        return BaselineSurvey.insert(jdbc, office, user.id());
    }

    // ------------------------------------------------------------------ answering

    /** An open survey a respondent may answer now, and the recipient row that says so. */
    public record Invitation(Survey survey, long recipientId, String officeId) {
    }

    /** The survey behind a personal link (404 for an unknown link, 409 once answered or closed). */
    @Transactional(readOnly = true)
    public Invitation byToken(String token) {
        if (token == null || token.length() > 100) {
            throw new NotFoundException("survey link", "?");
        }
        return invitation(jdbc.sql("select id, survey_id, office_id, answered from survey_recipient "
                + "where token_hash = :hash").param("hash", hash(token)));
    }

    /** The survey as the logged-in recipient answers it (403 for roles that answer none, 404 if not sent to them). */
    @Transactional(readOnly = true)
    public Invitation byUser(CurrentUser user, long surveyId) {
        access.requireSurveyAnswering(user);
        return invitation(jdbc.sql("""
                select id, survey_id, office_id, answered from survey_recipient
                where survey_id = :survey and user_id = :user order by answered, id limit 1""")
                .param("survey", surveyId).param("user", user.id()));
    }

    private Invitation invitation(JdbcClient.StatementSpec query) {
        Object[] row = query.query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getBoolean(4)}).optional().orElseThrow(() -> new NotFoundException("survey", "?"));
        Survey survey = store.get((Long) row[1]);
        if ((Boolean) row[3] || buffer.waits((Long) row[1], (Long) row[0])) {
            throw new ConflictException("survey.conflict.answered");
        }
        if (!survey.isOpen()) {
            throw new ConflictException("survey.conflict.closed");
        }
        return new Invitation(survey, (Long) row[0], (String) row[2]);
    }

    /** The open surveys sent to the user and not yet answered (their "Undersøkelser" list). */
    @Transactional(readOnly = true)
    public List<SurveySummary> invitations(CurrentUser user) {
        access.requireSurveyAnswering(user);
        Map<Long, SurveySummary> open = new LinkedHashMap<>();
        jdbc.sql("""
                select s.id, s.title, s.audience, s.state, s.trigger_kind, s.round, s.created_at, r.id
                from survey_recipient r join survey s on s.id = r.survey_id
                where r.user_id = :user and not r.answered and s.state = 'OPEN' order by s.created_at desc, s.id desc""")
                .param("user", user.id())
                .query((rs, n) -> buffer.waits(rs.getLong(1), rs.getLong(8)) ? null
                        : new SurveySummary(rs.getLong(1), rs.getString(2), SurveyAudience.valueOf(rs.getString(3)),
                                SurveyState.valueOf(rs.getString(4)), rs.getString(5) != null, rs.getInt(6),
                                rs.getTimestamp(7).toInstant(), 0, 0))
                .list().stream().filter(java.util.Objects::nonNull).forEach(x -> open.putIfAbsent(x.id(), x));
        return List.copyOf(open.values());
    }

    /**
     * Records an answer: checks it against the questions (each error on its question's field {@code q<id>}) and hands
     * the answers with the recipient row to the buffer, which spends the link (flips its flag) in the transaction
     * that writes the batch of five or more. A second answer while the first waits here is a conflict.
     */
    public void answer(Invitation invitation, Map<Long, List<String>> given) {
        Survey survey = invitation.survey();
        List<SurveyAnswerBuffer.Value> values = AnswerRules.values(survey.questions(), given);
        if (!buffer.add(new SurveyAnswerBuffer.Submission(survey.id(), invitation.recipientId(),
                invitation.officeId(), values))) {
            throw new ConflictException("survey.conflict.answered");
        }
    }

    // ------------------------------------------------------------------ results

    /** The offices whose respondents a survey's results may be split by (with names), in order. */
    public record Group(String officeId, String name) {
    }

    /**
     * A survey's results in total or for one office ({@code office} null: all); {@code respondents} is null when the
     * group has fewer than five, or when a county survey's suppression hides it so no office's count can be worked out.
     */
    public record Results(Survey survey, List<Group> groups, String office, Integer respondents,
            List<SurveyResults.QuestionResult> questions) {
    }

    @Transactional(readOnly = true)
    public Results results(CurrentUser user, long id, String office) {
        Survey survey = managed(user, id);
        List<SurveyResults.AnswerRow> answers = store.answers(id);
        List<Group> groups = groups(survey);
        String chosen = groups.stream().anyMatch(g -> g.officeId().equals(office)) ? office : null;
        long respondents = answers.stream().filter(a -> chosen == null || chosen.equals(a.officeId()))
                .map(SurveyResults.AnswerRow::response).distinct().count();
        boolean hidden = respondents < SurveyResults.MIN_RESPONDENTS
                || survey.byCounty() && suppression(survey, groups, answers).respondentsHidden(chosen);
        return new Results(survey, groups, chosen, hidden ? null : (int) respondents,
                groupResults(survey, groups, answers, chosen));
    }

    /** The results of one group (null: all); a county survey's also hidden where its suppression says so. */
    private List<SurveyResults.QuestionResult> groupResults(Survey survey, List<Group> groups,
            List<SurveyResults.AnswerRow> answers, String chosen) {
        List<SurveyResults.QuestionResult> questions = SurveyResults.of(survey.questions(), answers,
                o -> chosen == null || chosen.equals(o));
        if (!survey.byCounty()) {
            return questions;
        }
        CountySuppression suppression = suppression(survey, groups, answers);
        return questions.stream().map(r -> suppression.hidden(r.question().id(), chosen)
                ? SurveyResults.result(r.question(), List.of()) : r).toList();
    }

    private static CountySuppression suppression(Survey survey, List<Group> groups,
            List<SurveyResults.AnswerRow> answers) {
        return CountySuppression.of(survey.county(), groups.stream().map(Group::officeId).toList(),
                survey.questions(), answers);
    }

    private List<Group> groups(Survey survey) {
        return jdbc.sql("""
                select o.id, o.name from office o
                where (o.id = :office and not :county) or o.id in (select office_id from survey_recipient
                                                                    where survey_id = :id)
                order by o.name""").param("office", survey.officeId()).param("county", survey.byCounty())
                .param("id", survey.id()).query((rs, n) -> new Group(rs.getString(1), rs.getString(2))).list();
    }

    /** A round beside an earlier round of the same series, in total or for one office. */
    public record Comparison(Survey earlier, Survey later, List<Group> groups, String office,
            List<RoundComparison.QuestionChange> questions) {
    }

    @Transactional(readOnly = true)
    public Comparison compare(CurrentUser user, long id, long earlierId, String office) {
        Survey later = managed(user, id);
        Survey earlier = managed(user, earlierId);
        if (earlier.seriesId() != later.seriesId() || earlier.round() >= later.round()) {
            throw new RuleViolationException("earlier", "survey.error.earlierRound");
        }
        List<Group> groups = groups(later);
        String chosen = groups.stream().anyMatch(g -> g.officeId().equals(office)) ? office : null;
        return new Comparison(earlier, later, groups, chosen, RoundComparison.compare(
                groupResults(earlier, groups(earlier), store.answers(earlierId), chosen),
                groupResults(later, groups, store.answers(id), chosen)));
    }
}
