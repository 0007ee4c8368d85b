package no.treklover.survey;

import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps submitted answers in memory until at least {@link SurveyResults#MIN_RESPONDENTS} respondents of a survey and
 * office have answered (a batch never mixes offices: the office stored with each response would otherwise name the one
 * respondent of an office among the batch's flipped flags), then writes them in one transaction of their own that also spends their links: it flips the
 * respondents' "answered" flags in one statement ({@code where not answered}; an answer whose flag another node
 * flipped first is dropped) and inserts their answers, respondents and answer rows shuffled. So what PostgreSQL
 * itself records names only the batch as a whole: the flipped recipients and the batch's answers share one
 * {@code xmin}, which says no more than "these five or more answered these five or more"; the physical order
 * ({@code ctid}) of the answers is random and independent of the order the flags are flipped in; and the keys are
 * random UUIDs, never a sequence. Closing a survey writes what is left in the closing transaction and rewrites all
 * its answers there in one shuffled batch ({@link #reshuffle}), so even a last, smaller batch merges into the whole.
 *
 * <p>Until its batch is written an answer lives only in this node's memory, and so does the link between it and its
 * recipient (needed to spend the link with it). A crash, or a shutdown with fewer than five waiting, loses those
 * answers but not the links: the flags are still unflipped, so the respondents can answer again through the same
 * link and are still reminded. This node refuses a second answer from a link whose answer waits here.
 */
@Component
class SurveyAnswerBuffer {

    private static final Logger log = LoggerFactory.getLogger(SurveyAnswerBuffer.class);

    /** One respondent's answers and the recipient row whose flag the batch flips (held in memory only). */
    record Submission(long surveyId, long recipientId, String officeId, List<Value> values) {
    }

    /** One answer: a choice (an option's index or a scale value) or a text. */
    record Value(long questionId, Integer choice, String text) {
    }

    /** A batch's group: the survey and the respondents' office, so a batch never mixes offices (see the class). */
    private record Group(long surveyId, String officeId) {
    }

    private final Map<Group, List<Submission>> pending = new HashMap<>();
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Random random = new SecureRandom();

    SurveyAnswerBuffer(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Keeps the submission; writes the survey's batch once five or more wait. False if this recipient's answer
     * already waits here (a second answer through the same link).
     */
    boolean add(Submission submission) {
        List<Submission> batch = null;
        synchronized (pending) {
            List<Submission> waiting = pending.computeIfAbsent(group(submission), g -> new ArrayList<>());
            if (waiting.stream().anyMatch(s -> s.recipientId() == submission.recipientId())) {
                return false;
            }
            waiting.add(submission);
            if (waiting.size() >= SurveyResults.MIN_RESPONDENTS) {
                batch = pending.remove(group(submission));
            }
        }
        if (batch != null) {
            writeBatch(batch);
        }
        return true;
    }

    /** Whether this recipient's answer waits in this node's memory (their link is as good as spent here). */
    boolean waits(long surveyId, long recipientId) {
        synchronized (pending) {
            return of(surveyId).anyMatch(s -> s.recipientId() == recipientId);
        }
    }

    /** How many answers of the survey wait in this node's memory. */
    int waiting(long surveyId) {
        synchronized (pending) {
            return (int) of(surveyId).count();
        }
    }

    /** Writes what waits for this survey, however few, in the caller's transaction (closing it). */
    void flush(long surveyId) {
        List<Submission> batch;
        synchronized (pending) {
            batch = of(surveyId).toList();
            pending.keySet().removeIf(g -> g.surveyId() == surveyId);
        }
        if (!batch.isEmpty()) {
            write(batch);
        }
    }

    /**
     * At shutdown: writes no batch smaller than five, whose one {@code xmin} would name too few respondents. Those
     * answers are lost but their links stay unspent (the respondents are reminded and may answer again).
     */
    @PreDestroy
    void shutdown() {
        int dropped = discardAll();
        if (dropped > 0) {
            log.info("Surveys: {} answers waiting for a batch of five were not written; their links stay open", dropped);
        }
    }

    /** Forgets everything waiting, as a crash would; returns how many answers that was. */
    int discardAll() {
        synchronized (pending) {
            int n = pending.values().stream().mapToInt(List::size).sum();
            pending.clear();
            return n;
        }
    }

    private static Group group(Submission s) {
        return new Group(s.surveyId(), s.officeId());
    }

    /** What waits for the survey, of every office (under the lock). */
    private Stream<Submission> of(long surveyId) {
        return pending.entrySet().stream().filter(e -> e.getKey().surveyId() == surveyId)
                .flatMap(e -> e.getValue().stream());
    }

    /** A full batch in its own transaction; if others' flips leave fewer than five, nothing is written and they wait. */
    private void writeBatch(List<Submission> batch) {
        List<Submission> unwritten = ownTransaction.execute(status -> {
            List<Submission> kept = spend(batch);
            if (kept.size() < SurveyResults.MIN_RESPONDENTS) {
                status.setRollbackOnly();
                return kept;
            }
            insert(kept);
            return List.<Submission>of();
        });
        if (unwritten != null && !unwritten.isEmpty()) {
            synchronized (pending) {
                pending.computeIfAbsent(group(batch.get(0)), g -> new ArrayList<>()).addAll(0, unwritten);
            }
        }
    }

    private void write(List<Submission> batch) {
        insert(spend(batch));
    }

    /** Flips the batch's flags in one statement; keeps the submissions whose flag this flip turned. */
    private List<Submission> spend(List<Submission> batch) {
        List<Long> ids = batch.stream().map(Submission::recipientId).toList();
        Set<Long> flipped = new HashSet<>(jdbc.sql(
                "update survey_recipient set answered = true where id in (:ids) and not answered returning id")
                .param("ids", ids).query(Long.class).list());
        return batch.stream().filter(s -> flipped.contains(s.recipientId())).toList();
    }

    private void insert(List<Submission> batch) {
        List<Submission> respondents = new ArrayList<>(batch);
        Collections.shuffle(respondents, random);
        List<Object[]> answers = new ArrayList<>();
        for (Submission s : respondents) {
            UUID id = UUID.randomUUID();
            jdbc.sql("insert into survey_response (id, survey_id, office_id) values (:id, :survey, :office)")
                    .param("id", id).param("survey", s.surveyId()).param("office", s.officeId()).update();
            s.values().forEach(v -> answers.add(new Object[] {id, v.questionId(), v.choice(), v.text()}));
        }
        Collections.shuffle(answers, random);
        insertAnswers(answers);
    }

    private void insertAnswers(List<Object[]> answers) {
        for (Object[] a : answers) {
            jdbc.sql("insert into survey_answer (response_id, question_id, choice, text) values (?, ?, ?, ?)")
                    .params(a[0], a[1], a[2], a[3]).update();
        }
    }

    /**
     * Rewrites all of a survey's answers in one transaction in a random order (new physical places, one
     * {@code xmin}), so the batches they came in no longer show. Runs in the caller's transaction.
     */
    void reshuffle(long surveyId) {
        record Stored(UUID response, String office, long question, Integer choice, String text) {
        }
        List<Stored> rows = new ArrayList<>(jdbc.sql("""
                select r.id, r.office_id, a.question_id, a.choice, a.text
                from survey_response r join survey_answer a on a.response_id = r.id
                where r.survey_id = :survey""").param("survey", surveyId)
                .query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                        (Integer) rs.getObject(4), rs.getString(5))).list());
        List<String[]> responses = new ArrayList<>(jdbc.sql(
                "select id::text, office_id from survey_response where survey_id = :survey")
                .param("survey", surveyId).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list());
        jdbc.sql("delete from survey_response where survey_id = :survey").param("survey", surveyId).update();
        Collections.shuffle(responses, random);
        Map<String, UUID> renamed = new HashMap<>();
        for (String[] r : responses) {
            UUID id = UUID.randomUUID();
            renamed.put(r[0], id);
            jdbc.sql("insert into survey_response (id, survey_id, office_id) values (:id, :survey, :office)")
                    .param("id", id).param("survey", surveyId).param("office", r[1]).update();
        }
        Collections.shuffle(rows, random);
        List<Object[]> answers = new ArrayList<>();
        rows.forEach(a -> answers.add(new Object[] {renamed.get(a.response().toString()), a.question(), a.choice(),
                a.text()}));
        insertAnswers(answers);
    }
}
