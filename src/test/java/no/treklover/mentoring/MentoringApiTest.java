package no.treklover.mentoring;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/** The mentor's workspace over the API: who sees what, the weekly plan's locking, questions and flags. */
@IntegrationTest
class MentoringApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    NotificationRecorder notifications;

    ApiClient api;
    MentoringFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new MentoringFixtures(api, jdbc, passwords);
        fixtures.otherWorkplaceUsers();
    }

    private String base(MentoringFixtures.Fixture f) {
        return "/api/v1/processes/" + f.processId();
    }

    @Test
    void theMentorSeesNothingBeforeSigningTheConfidentialityDeclaration() {
        MentoringFixtures.Fixture f = fixtures.unsigned();
        for (String path : List.of("/mentoring/steps", "/weekly-plan", "/mastery-log", "/questions",
                "/challenge-flags")) {
            assertThat(api.get("mentor", base(f) + path).status()).as(path).isEqualTo(403);
        }
        assertThat(api.post("mentor", base(f) + "/questions", object("text", "Hei?")).status()).isEqualTo(403);
        assertThat(api.put("mentor", base(f) + "/weekly-plan", object("items", List.of()), "\"0\"").status())
                .isEqualTo(403);
        JsonNode row = row(api.get("mentor", "/api/v1/me/mentoring"), f.processId());
        assertThat(row.path("signed").asBoolean()).isFalse();
        assertThat(row.path("agreementId").asLong()).as("where to sign").isEqualTo(f.agreementId());
        assertThat(row.path("openQuestions").asLong()).isZero();
        long denied = jdbc.sql("""
                        select count(*) from audit_entry where actor_username = 'mentor' and not allowed
                           and resource like 'mentoring.%'""").query(Long.class).single();
        assertThat(denied).as("denied reads are audit-logged").isPositive();

        fixtures.sign(f);
        assertThat(row(api.get("mentor", "/api/v1/me/mentoring"), f.processId()).path("signed").asBoolean()).isTrue();
        ApiClient.Response steps = api.get("mentor", base(f) + "/mentoring/steps");
        assertThat(steps.status()).isEqualTo(200);
        assertThat(steps.json().path("steps")).hasSize(6);
        assertThat(steps.json().path("steps").get(1).path("title").asString()).isEqualTo("Tilrettelagt opplæring");
        assertThat(steps.json().path("steps").get(1).path("advice").toString()).contains("ukeplan");
        assertThat(steps.json().path("nextStep").asInt()).isEqualTo(1);
        assertThat(steps.json().path("boundaries").toString()).contains("psykolog").contains("sosialarbeider");
    }

    @Test
    void aMentorSeesOnlyTheirOwnCandidatesAndAnotherEmployersMentorNothing() {
        MentoringFixtures.Fixture f = fixtures.signed();
        List<Long> mine = new ArrayList<>();
        api.get("mentor", "/api/v1/me/mentoring").json().forEach(r -> mine.add(r.path("processId").asLong()));
        List<Long> expected = jdbc.sql("""
                        select id from inclusion_process
                         where mentor_user_id = (select id from app_user where username = 'mentor')""")
                .query(Long.class).list();
        assertThat(mine).contains(f.processId()).isSubsetOf(expected);

        assertThat(api.get("mentor2", "/api/v1/me/mentoring").status()).isEqualTo(200);
        api.get("mentor2", "/api/v1/me/mentoring").json()
                .forEach(r -> assertThat(r.path("processId").asLong()).isNotEqualTo(f.processId()));
        for (String path : List.of("/mentoring/steps", "/weekly-plan", "/mastery-log", "/questions",
                "/challenge-flags")) {
            assertThat(api.get("mentor2", base(f) + path).status()).as("mentor2 " + path).isEqualTo(403);
            assertThat(api.get("arbeidsgiver2", base(f) + path).status()).as("arbeidsgiver2 " + path).isEqualTo(403);
            assertThat(api.get("veileder2", base(f) + path).status()).as("veileder2 " + path).isEqualTo(403);
            assertThat(api.get("veileder", base(f) + path).status()).as("veileder " + path).isEqualTo(200);
        }
        assertThat(api.put("mentor2", base(f) + "/mentoring/steps/1", object("done", true), "\"0\"").status())
                .isEqualTo(403);
        assertThat(api.get("veileder", "/api/v1/me/mentoring").status()).isEqualTo(403);
        assertThat(api.get("mentor", "/api/v1/processes/999999999/weekly-plan").status()).isEqualTo(404);
    }

    @Test
    void theCandidateSeesAndEditsPlanAndLogButNotTheQuestionsFlagsOrTheMentorsNotes() {
        MentoringFixtures.Fixture f = fixtures.signed();
        String kand = f.candidateUser();
        assertThat(api.get(kand, base(f) + "/weekly-plan").status()).isEqualTo(200);
        assertThat(api.get(kand, base(f) + "/mastery-log").status()).isEqualTo(200);
        assertThat(api.get(kand, base(f) + "/questions").status()).isEqualTo(403);
        assertThat(api.get(kand, base(f) + "/challenge-flags").status()).isEqualTo(403);
        assertThat(api.get(kand, base(f) + "/mentoring/steps").status()).isEqualTo(403);
        assertThat(api.post(kand, base(f) + "/questions", object("text", "Hei")).status()).isEqualTo(403);
        assertThat(api.get("kandidat", base(f) + "/weekly-plan").status()).as("another candidate").isEqualTo(403);

        ApiClient.Response added = api.post(kand, base(f) + "/mastery-log",
                object("wentWell", "Jeg kom tidsnok hver dag"));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().path("authorRole").asString()).isEqualTo("CANDIDATE");
        assertThat(api.post("mentor", base(f) + "/mastery-log", object("wasHard", "Mye støy")).status())
                .isEqualTo(201);
        JsonNode log = api.get(kand, base(f) + "/mastery-log").json();
        assertThat(log).hasSize(2);
        assertThat(api.get("veileder", base(f) + "/mastery-log").json()).hasSize(2);

        ApiClient.Response empty = api.post(kand, base(f) + "/mastery-log", object("date", "2020-01-01"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorFields()).containsExactly("wentWell");
        ApiClient.Response future = api.post(kand, base(f) + "/mastery-log", object("date", "2999-01-01",
                "wentWell", "x"));
        assertThat(future.errorFields()).containsExactly("date");
    }

    @Test
    void aStaleWeeklyPlanSaveIsRefusedAndNothingIsLost() {
        MentoringFixtures.Fixture f = fixtures.signed();
        ApiClient.Response none = api.get("mentor", base(f) + "/weekly-plan");
        assertThat(none.header("ETag")).isEqualTo("\"0\"");
        assertThat(none.json().path("items")).isEmpty();

        Map<String, Object> mentorsPlan = object("includeWeekend", false, "items", List.of(
                object("weekday", "MONDAY", "startsAt", "08:00", "endsAt", "10:00", "activity", "Bake brød"),
                object("weekday", "MONDAY", "startsAt", "10:00", "endsAt", "10:15", "isBreak", true)));
        ApiClient.Response saved = api.put("mentor", base(f) + "/weekly-plan", mentorsPlan, "\"0\"");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.header("ETag")).isEqualTo("\"1\"");
        assertThat(saved.json().path("items")).hasSize(2);

        // The candidate edited the empty plan at the same time: refused, the mentor's plan stays.
        Map<String, Object> candidatesPlan = object("items", List.of(
                object("weekday", "TUESDAY", "startsAt", "09:00", "endsAt", "12:00", "activity", "Pakke varer")));
        ApiClient.Response stale = api.put(f.candidateUser(), base(f) + "/weekly-plan", candidatesPlan, "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        JsonNode stored = api.get(f.candidateUser(), base(f) + "/weekly-plan").json();
        assertThat(stored.path("version").asLong()).isEqualTo(1);
        assertThat(stored.path("items").get(0).path("activity").asString()).isEqualTo("Bake brød");
        assertThat(api.put(f.candidateUser(), base(f) + "/weekly-plan", candidatesPlan, null).status())
                .isEqualTo(428);

        // Read again, merge, save: both are kept.
        Map<String, Object> merged = object("items", List.of(
                object("weekday", "MONDAY", "startsAt", "08:00", "endsAt", "10:00", "activity", "Bake brød"),
                object("weekday", "TUESDAY", "startsAt", "09:00", "endsAt", "12:00", "activity", "Pakke varer")));
        ApiClient.Response again = api.put(f.candidateUser(), base(f) + "/weekly-plan", merged, "\"1\"");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("updatedBy").asString()).isEqualTo("Mia Mentee");
        assertThat(again.json().path("items")).hasSize(2);
    }

    @Test
    void anInvalidWeeklyPlanNamesItsFields() {
        MentoringFixtures.Fixture f = fixtures.signed();
        ApiClient.Response bad = api.put("mentor", base(f) + "/weekly-plan", object("includeWeekend", false,
                "items", List.of(
                        object("weekday", "SATURDAY", "activity", "Helg"),
                        object("weekday", "MONDAY", "startsAt", "10:00", "endsAt", "09:00", "activity", "Bake"),
                        object("weekday", "MONDAY", "activity", ""))), "\"0\"");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("items[0].weekday", "items[1].endsAt", "items[2].activity");
        assertThat(bad.body()).contains("Slutten må være etter starten.");
        assertThat(api.put("mentor", base(f) + "/weekly-plan", object("items", List.of(
                object("weekday", "FUNDAY", "activity", "x"))), "\"0\"").status()).isEqualTo(400);
        assertThat(api.get("mentor", base(f) + "/weekly-plan").json().path("version").asLong()).isZero();
    }

    @Test
    void theMentorTicksStepsWithOptimisticLocking() {
        MentoringFixtures.Fixture f = fixtures.signed();
        ApiClient.Response ticked = api.put("mentor", base(f) + "/mentoring/steps/2",
                object("done", true, "note", "Ukeplan laget"), "\"0\"");
        assertThat(ticked.status()).isEqualTo(200);
        assertThat(ticked.header("ETag")).isEqualTo("\"1\"");
        assertThat(ticked.json().path("doneOn").isNull()).isFalse();
        assertThat(api.put("mentor", base(f) + "/mentoring/steps/2", object("done", false), "\"0\"").status())
                .isEqualTo(412);
        assertThat(api.put("mentor", base(f) + "/mentoring/steps/7", object("done", true), "\"0\"").status())
                .isEqualTo(404);
        ApiClient.Response future = api.put("mentor", base(f) + "/mentoring/steps/3",
                object("done", true, "doneOn", "2999-01-01"), "\"0\"");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.errorFields()).containsExactly("doneOn");
        assertThat(api.put("veileder", base(f) + "/mentoring/steps/1", object("done", true), "\"0\"").status())
                .as("the checklist is the mentor's").isEqualTo(403);
        JsonNode steps = api.get("veileder", base(f) + "/mentoring/steps").json();
        assertThat(steps.path("doneCount").asLong()).isEqualTo(1);
        assertThat(steps.path("steps").get(1).path("note").asString()).isEqualTo("Ukeplan laget");
        assertThat(steps.path("nextStep").asInt()).isEqualTo(1);
    }

    @Test
    void mentorAndEmployerAskTheCounsellorAnswersAndOverdueQuestionsAreFlagged() {
        MentoringFixtures.Fixture f = fixtures.signed();
        ApiClient.Response asked = api.post("mentor", base(f) + "/questions",
                object("text", "Hvordan snakker jeg med kollegaene om Mia?"));
        assertThat(asked.status()).isEqualTo(201);
        long question = asked.id();
        assertThat(asked.json().path("overdue").asBoolean()).isFalse();
        assertThat(asked.json().path("firstAnsweredAt").isNull()).isTrue();
        assertThat(api.post("arbeidsgiver", base(f) + "/questions", object("text", "Forsikring?")).status())
                .isEqualTo(201);
        assertThat(api.post("arbeidsgiver", base(f) + "/questions", object("text", "  ")).errorFields())
                .containsExactly("text");
        assertThat(api.get("arbeidsgiver", base(f) + "/questions").json())
                .as("the employer reads its own question, not the mentor's about the candidate").hasSize(1);
        assertThat(api.get("veileder", base(f) + "/questions").json()).hasSize(2);
        assertThat(api.post("veileder", base(f) + "/questions", object("text", "x")).status()).isEqualTo(403);
        assertThat(api.post("mentor", "/api/v1/questions/" + question + "/answers", object("text", "x")).status())
                .as("only the counsellor answers").isEqualTo(403);
        assertThat(api.post("veileder2", "/api/v1/questions/" + question + "/answers", object("text", "x"))
                .status()).isEqualTo(403);

        // Asked long ago (10 calendar days always holds more than 2 working days): overdue.
        jdbc.sql("update mentoring_question set asked_at = now() - interval '10 days' where id = :q")
                .param("q", question).update();
        JsonNode old = api.get("veileder", "/api/v1/questions/" + question).json();
        assertThat(old.path("overdue").asBoolean()).isTrue();

        ApiClient.Response answered = api.post("veileder", "/api/v1/questions/" + question + "/answers",
                object("text", "Spør Mia først hva hun vil dele."));
        assertThat(answered.status()).isEqualTo(201);
        assertThat(answered.json().path("overdue").asBoolean()).isFalse();
        assertThat(answered.json().path("minutesToFirstAnswer").asLong()).isGreaterThanOrEqualTo(10 * 24 * 60 - 5);
        assertThat(answered.json().path("answers")).hasSize(1);

        long veileder = userId("veileder");
        long mentor = userId("mentor");
        assertThat(notifications.forProcess(f.processId()))
                .extracting(n -> n.recipientUserId() + " " + n.messageKey() + " " + n.link())
                .containsExactly(
                        veileder + " mentoring.notification.question /mentoring/" + f.processId()
                                + "/questions#question-" + question,
                        veileder + " mentoring.notification.question /mentoring/" + f.processId()
                                + "/questions#question-" + (question + 1),
                        mentor + " mentoring.notification.answer /mentoring/" + f.processId()
                                + "/questions#question-" + question);
        assertThat(api.get("mentor", "/api/v1/questions/" + question).json().path("answers").get(0)
                .path("body").asString()).isEqualTo("Spør Mia først hva hun vil dele.");
        assertThat(api.get("mentor", "/api/v1/questions/999999999").status()).isEqualTo(404);
    }

    @Test
    void challengeFlagsStayOpenUntilTheCounsellorResolvesThem() {
        MentoringFixtures.Fixture f = fixtures.signed();
        ApiClient.Response raised = api.post("mentor", base(f) + "/challenge-flags",
                object("challenge", "SLEEP_AND_DAY_RHYTHM", "note", "Trøtt hver morgen"));
        assertThat(raised.status()).isEqualTo(201);
        long flag = raised.id();
        assertThat(notifications.forProcess(f.processId()))
                .extracting(n -> n.recipientUserId() + " " + n.messageKey() + " " + n.arguments())
                .containsExactly(userId("veileder") + " mentoring.notification.flag [Mona Mentor]");
        assertThat(api.post("veileder", base(f) + "/challenge-flags",
                object("challenge", "MENTOR_NEEDS_SUPPORT", "note", "Mentor ønsker en prat")).status()).isEqualTo(201);
        assertThat(api.post("arbeidsgiver", base(f) + "/challenge-flags",
                object("challenge", "NEGATIVE_COLLEAGUES", "note", "x")).status()).isEqualTo(403);
        assertThat(api.post("mentor", base(f) + "/challenge-flags", object("challenge", "NOPE", "note", "x"))
                .status()).isEqualTo(400);
        assertThat(api.post("mentor", base(f) + "/challenge-flags", object("challenge", "EXPECTATIONS"))
                .errorFields()).containsExactly("note");

        assertThat(api.post("mentor", "/api/v1/challenge-flags/" + flag + "/resolution", object("note", "x"))
                .status()).isEqualTo(403);
        assertThat(api.post("veileder", "/api/v1/challenge-flags/" + flag + "/resolution", object())
                .errorFields()).containsExactly("note");
        ApiClient.Response resolved = api.post("veileder", "/api/v1/challenge-flags/" + flag + "/resolution",
                object("note", "Avtalt oppstart kl. 9"));
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().path("resolvedAt").isNull()).isFalse();
        assertThat(api.post("veileder", "/api/v1/challenge-flags/" + flag + "/resolution", object("note", "igjen"))
                .status()).isEqualTo(409);
        JsonNode flags = api.get("mentor", base(f) + "/challenge-flags").json();
        assertThat(flags).hasSize(2);
        assertThat(flags.get(0).path("resolvedAt").isNull()).as("open flags first").isTrue();
        assertThat(api.get("kand-" + f.processId(), base(f) + "/challenge-flags").status()).isEqualTo(403);
    }

    @Test
    void kajasDemoWorkspaceOpensForTheDemoMentor() {
        long kajas = jdbc.sql("""
                        select p.id from inclusion_process p join app_user u on u.candidate_id = p.candidate_id
                         where u.username = 'kandidat' and p.open""").query(Long.class).single();
        assertThat(api.get("mentor", "/api/v1/processes/" + kajas + "/weekly-plan").json().path("items").size())
                .isGreaterThan(3);
        assertThat(api.get("kandidat", "/api/v1/processes/" + kajas + "/mastery-log").json().size())
                .isGreaterThanOrEqualTo(3);
        assertThat(api.get("mentor", "/api/v1/processes/" + kajas + "/questions").json().get(0)
                .path("answers").size()).isGreaterThanOrEqualTo(1);
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class)
                .single();
    }

    private static JsonNode row(ApiClient.Response list, long processId) {
        assertThat(list.status()).isEqualTo(200);
        for (JsonNode r : list.json()) {
            if (r.path("processId").asLong() == processId) {
                return r;
            }
        }
        throw new AssertionError("process " + processId + " not in " + list.body());
    }
}
