package no.treklover.survey;

import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps submitted answers in memory until at least {@link SurveyResults#MIN_RESPONDENTS} respondents of a survey have
 * answered, then writes them in one transaction of their own, respondents and answer rows shuffled. So what PostgreSQL
 * itself records cannot tie an answer to the recipient whose "answered" flag flipped: every row of a batch has the
 * same {@code xmin} (the writing transaction), which is not the {@code xmin} of any recipient's flip (those committed
 * earlier, each in the respondent's own request); the physical order ({@code ctid}) within a batch is random; and
 * the keys are random UUIDs, never a sequence. All one can learn is that a response is one of the batch's five or
 * more. Closing a survey writes what is left and then rewrites all its answers in one shuffled batch
 * ({@link #reshuffle}), so even a last, smaller batch merges into the whole.
 *
 * <p>The price: answers in the buffer live only in this node's memory until written. A graceful shutdown writes them;
 * a crash loses them (their recipients' links are then spent). That is the trade chosen for anonymity that holds
 * against someone reading the database's own bookkeeping.
 */
@Component
class SurveyAnswerBuffer {

    /** One respondent's answers, without anything that says who. */
    record Submission(long surveyId, String officeId, List<Value> values) {
    }

    /** One answer: a choice (an option's index or a scale value) or a text. */
    record Value(long questionId, Integer choice, String text) {
    }

    private final Map<Long, List<Submission>> pending = new HashMap<>();
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Random random = new SecureRandom();

    SurveyAnswerBuffer(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Adds the submission once the caller's transaction (the flag's flip) has committed; never in it. */
    void addAfterCommit(Submission submission) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    add(submission);
                }
            });
        } else {
            add(submission);
        }
    }

    private void add(Submission submission) {
        List<Submission> batch = null;
        synchronized (pending) {
            List<Submission> waiting = pending.computeIfAbsent(submission.surveyId(), id -> new ArrayList<>());
            waiting.add(submission);
            if (waiting.size() >= SurveyResults.MIN_RESPONDENTS) {
                batch = pending.remove(submission.surveyId());
            }
        }
        if (batch != null) {
            write(batch);
        }
    }

    /** How many answers of the survey wait in this node's memory. */
    int waiting(long surveyId) {
        synchronized (pending) {
            return pending.getOrDefault(surveyId, List.of()).size();
        }
    }

    /** Writes what waits for this survey, however few (closing it). */
    void flush(long surveyId) {
        List<Submission> batch;
        synchronized (pending) {
            batch = pending.remove(surveyId);
        }
        if (batch != null) {
            write(batch);
        }
    }

    /** Writes everything waiting (shutdown, and the demo data). */
    @PreDestroy
    void flushAll() {
        List<List<Submission>> batches;
        synchronized (pending) {
            batches = new ArrayList<>(pending.values());
            pending.clear();
        }
        batches.forEach(this::write);
    }

    private void write(List<Submission> batch) {
        ownTransaction.executeWithoutResult(status -> {
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
        });
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
