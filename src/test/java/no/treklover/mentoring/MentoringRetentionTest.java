package no.treklover.mentoring;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The workspace's texts follow the candidate into anonymisation; the export shows plan, log, questions and flags. */
@IntegrationTest
class MentoringRetentionTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void anonymisingTheCandidateRemovesWhatWasWrittenAboutThem() {
        ApiClient api = new ApiClient(port);
        MentoringFixtures.Fixture f = new MentoringFixtures(api, jdbc, passwords).signed();
        String base = "/api/v1/processes/" + f.processId();
        api.put("mentor", base + "/weekly-plan", object("items", List.of(object("weekday", "MONDAY",
                "activity", "Hemmelig plan"))), "\"0\"");
        api.post("mentor", base + "/mastery-log", object("wentWell", "Hemmelig mestring"));
        api.put("mentor", base + "/mentoring/steps/1", object("done", true, "note", "Hemmelig notat"), "\"0\"");
        long q = api.post("mentor", base + "/questions", object("text", "Hemmelig spørsmål")).id();
        api.post("veileder", "/api/v1/questions/" + q + "/answers", object("text", "Hemmelig svar"));
        long flag = api.post("mentor", base + "/challenge-flags", object("challenge", "EXPECTATIONS",
                "note", "Hemmelig flagg")).id();
        api.post("veileder", "/api/v1/challenge-flags/" + flag + "/resolution", object("note", "Hemmelig løsning"));

        String export = api.get("veileder", "/api/v1/candidates/" + candidate(f) + "/export").body();
        assertThat(export).contains("Hemmelig plan", "Hemmelig mestring", "Hemmelig spørsmål", "Hemmelig svar",
                "Hemmelig flagg", "Hemmelig løsning", "EXPECTATIONS", "\"mentoringQuestions\"", "\"challengeFlags\"");

        jdbc.sql("update candidate set anonymised_at = now() where id = :c").param("c", candidate(f)).update();

        String all = jdbc.sql("""
                        select coalesce(string_agg(t, ' '), '') from (
                          select activity as t from weekly_plan_item where process_id = :p
                          union all select went_well from mastery_entry where process_id = :p
                          union all select note from mentoring_step where process_id = :p
                          union all select body from mentoring_question where process_id = :p
                          union all select a.body from mentoring_answer a join mentoring_question q
                                      on q.id = a.question_id where q.process_id = :p
                          union all select note || ' ' || coalesce(resolution_note, '') from challenge_flag
                                     where process_id = :p) texts""")
                .param("p", f.processId()).query(String.class).single();
        assertThat(all).doesNotContain("Hemmelig");
        assertThat(jdbc.sql("select count(*) from mentoring_step where process_id = :p and done_on is not null")
                .param("p", f.processId()).query(Long.class).single()).as("done dates stay").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from mentoring_question where process_id = :p "
                        + "and first_answered_at is not null")
                .param("p", f.processId()).query(Long.class).single()).as("answer times stay").isEqualTo(1);
    }

    private long candidate(MentoringFixtures.Fixture f) {
        return jdbc.sql("select candidate_id from inclusion_process where id = :p").param("p", f.processId())
                .query(Long.class).single();
    }
}
