package no.treklover.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Surveys end to end over HTTP against PostgreSQL: the builder's rules and locking, sending, answering through a
 * personal link (no login) and logged in, anonymity as the database stores it (schema, rows, xmin, physical order),
 * the under-5 rule on the results page and the CSV, the trigger when a process ends, and reminders.
 */
@IntegrationTest
class SurveyTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SurveyJob job;

    @Autowired
    SurveyAnswerBuffer buffer;

    ApiClient http;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
    }

    // ------------------------------------------------------------------ helpers

    private ApiClient.Response form(String user, String path, String body) {
        return http.send(user, "POST", path, body, FORM, Map.of());
    }

    /** A draft survey of the office leader's office with one question of each kind; returns its id. */
    private long draftWithQuestions(String title, SurveyAudience audience) {
        ApiClient.Response created = form("kontorleder", "/surveys",
                "title=" + enc(title) + "&audience=" + audience.name());
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        long id = Long.parseLong(created.header("Location").replaceAll(".*/surveys/(\\d+).*", "$1"));
        addQuestion(id, "kind=SINGLE&text=" + enc("Hvor ofte?") + "&required=true&options=" + enc("Ofte\nSjelden"));
        addQuestion(id, "kind=MULTIPLE&text=" + enc("Hvordan?") + "&options=" + enc("Telefon\nE-post\nMøte"));
        addQuestion(id, "kind=SCALE&text=" + enc("Hvor fornøyd?") + "&scaleMax=5&lowLabel=Lite&highLabel=Svært");
        addQuestion(id, "kind=TEXT&text=" + enc("Kommentar"));
        return id;
    }

    private void addQuestion(long id, String body) {
        ApiClient.Response added = form("kontorleder", "/surveys/" + id + "/questions",
                body + "&version=" + version(id));
        assertThat(added.status()).as(added.body()).isEqualTo(302);
    }

    private long version(long id) {
        return jdbc.sql("select version from survey where id = :id").param("id", id).query(Long.class).single();
    }

    private List<Long> questionIds(long id) {
        return jdbc.sql("select id from survey_question where survey_id = :id order by position").param("id", id)
                .query(Long.class).list();
    }

    /** Opens the survey without recipients (as if sent to nobody) and adds {@code n} recipients with known tokens. */
    private List<String> openWithLinks(long id, int n) {
        jdbc.sql("update survey set state = 'OPEN', opened_at = now() where id = :id").param("id", id).update();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String token = "t-" + UUID.randomUUID();
            jdbc.sql("insert into survey_recipient (survey_id, office_id, token_hash) values (:s, '0315', :h)")
                    .param("s", id).param("h", SurveyService.hash(token)).update();
            tokens.add(token);
        }
        return tokens;
    }

    /** Answers through the personal link as a browser without login would: GET the page, POST with its CSRF token. */
    private HttpResponse<String> answerByLink(String token, String body) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/s/" + token)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        if (!csrf.find()) {
            return page;
        }
        return browser.send(HttpRequest.newBuilder(uri("/s/" + token)).header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + enc(csrf.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String answers(List<Long> q, int single, String text) {
        return "q" + q.get(0) + "=" + single + "&q" + q.get(1) + "=0&q" + q.get(1) + "=2&q" + q.get(2) + "=4&q"
                + q.get(3) + "=" + enc(text);
    }

    // ------------------------------------------------------------------ builder

    @Test
    void builderRejectsBadQuestionsOnTheirFieldsAndKeepsTheForm() {
        long id = draftWithQuestions("Valideringstest", SurveyAudience.COUNSELLOR);
        ApiClient.Response oneOption = form("kontorleder", "/surveys/" + id + "/questions",
                "kind=SINGLE&text=" + enc("Bare ett valg") + "&options=Ja&version=" + version(id));
        assertThat(oneOption.status()).isEqualTo(200);
        assertThat(oneOption.body()).contains("Skriv minst to svaralternativer").contains("Bare ett valg")
                .contains("id=\"options-error\"");
        ApiClient.Response badScale = form("kontorleder", "/surveys/" + id + "/questions",
                "kind=SCALE&text=Skala&scaleMax=7&version=" + version(id));
        assertThat(badScale.body()).contains("id=\"scaleMax-error\"").contains("id=\"lowLabel-error\"");
        ApiClient.Response notANumber = form("kontorleder", "/surveys/" + id + "/questions",
                "kind=SCALE&text=Skala&scaleMax=abc&version=" + version(id));
        assertThat(notANumber.status()).isEqualTo(200);
        assertThat(notANumber.body()).contains("id=\"scaleMax-error\"");
        assertThat(questionIds(id)).hasSize(4);
    }

    @Test
    void aStaleVersionIsAConflictAndTheTypedQuestionStays() {
        long id = draftWithQuestions("Låsetest", SurveyAudience.COUNSELLOR);
        long stale = version(id) - 1;
        ApiClient.Response response = form("kontorleder", "/surveys/" + id + "/questions",
                "kind=TEXT&text=" + enc("Mitt nye spørsmål") + "&version=" + stale);
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body()).contains("Mitt nye spørsmål").contains("Noen andre har lagret");
    }

    @Test
    void questionsCanBeMovedAndPreviewedButNotChangedOnceSent() {
        long id = draftWithQuestions("Rekkefølge", SurveyAudience.COUNSELLOR);
        List<Long> before = questionIds(id);
        assertThat(form("kontorleder", "/surveys/" + id + "/questions/" + before.get(1) + "/move",
                "direction=up&version=" + version(id)).status()).isEqualTo(302);
        assertThat(questionIds(id)).containsExactly(before.get(1), before.get(0), before.get(2), before.get(3));
        ApiClient.Response preview = http.get("kontorleder", "/surveys/" + id + "/preview");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("Hvor ofte?").contains("1 – Lite").contains("5 – Svært")
                .contains("disabled");

        ApiClient.Response sent = form("kontorleder", "/surveys/" + id + "/send", "version=" + version(id));
        assertThat(sent.status()).isEqualTo(200);
        int counsellors = jdbc.sql("select count(*) from app_user where role = 'COUNSELLOR' and office_id = '0315' "
                + "and enabled").query(Integer.class).single();
        assertThat(jdbc.sql("select count(*) from survey_recipient where survey_id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(counsellors);
        assertThat(sent.body()).contains("/s/");
        // the links shown once are not stored: only their hashes
        Matcher link = Pattern.compile("/s/([A-Za-z0-9_-]{43})").matcher(sent.body());
        assertThat(link.find()).isTrue();
        assertThat(jdbc.sql("select count(*) from survey_recipient where token_hash = :t").param("t", link.group(1))
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from survey_recipient where token_hash = :t")
                .param("t", SurveyService.hash(link.group(1))).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification n join app_user u on u.id = n.recipient_id "
                + "where u.username = 'veileder' and n.link = :link").param("link", "/surveys/" + id + "/answer")
                .query(Integer.class).single()).isEqualTo(1);

        ApiClient.Response change = form("kontorleder", "/surveys/" + id + "/questions",
                "kind=TEXT&text=Sent&version=" + version(id));
        assertThat(change.status()).isEqualTo(409);
        assertThat(questionIds(id)).hasSize(4);
    }

    // ------------------------------------------------------------------ answering

    @Test
    void theAnswerPageKeepsWhatWasTypedOnAnErrorAndALinkAnswersOnce() throws Exception {
        long id = draftWithQuestions("Svarside", SurveyAudience.COUNSELLOR);
        List<Long> q = questionIds(id);
        String token = openWithLinks(id, 1).get(0);
        HttpResponse<String> missing = answerByLink(token, "q" + q.get(3) + "=" + enc("Min kommentar") + "&q"
                + q.get(1) + "=1");
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("Svar på spørsmålet").contains("Min kommentar")
                .contains("id=\"q" + q.get(0) + "-error\"");
        assertThat(missing.body()).containsPattern("value=\"1\"\\s+checked");
        HttpResponse<String> outOfRange = answerByLink(token, "q" + q.get(0) + "=7");
        assertThat(outOfRange.statusCode()).isEqualTo(200);
        assertThat(outOfRange.body()).contains("Velg et av svaralternativene");

        HttpResponse<String> ok = answerByLink(token, answers(q, 0, "Fint"));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("Takk for svaret");
        HttpResponse<String> again = answerByLink(token, answers(q, 0, "Igjen"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("allerede svart");
        assertThat(answerByLink("ukjent-lenke", "").statusCode()).isEqualTo(404);
    }

    @Test
    void aLoggedInRecipientAnswersOnlyWhatWasSentToThem() {
        long id = draftWithQuestions("Innlogget", SurveyAudience.MENTOR);
        List<Long> q = questionIds(id);
        openWithLinks(id, 0);
        assertThat(http.get("mentor", "/surveys/" + id + "/answer").status()).isEqualTo(404);
        jdbc.sql("insert into survey_recipient (survey_id, user_id, office_id, token_hash) select :s, id, '0315', :h "
                + "from app_user where username = 'mentor'").param("s", id).param("h", SurveyService.hash("m-" + id))
                .update();
        assertThat(http.get("mentor", "/surveys/mine").body()).contains("Innlogget");
        assertThat(http.get("mentor", "/surveys/" + id + "/answer").status()).isEqualTo(200);
        assertThat(form("mentor", "/surveys/" + id + "/answer", answers(q, 1, "OK")).status()).isEqualTo(200);
        assertThat(http.get("mentor", "/surveys/" + id + "/answer").status()).isEqualTo(409);
        assertThat(http.get("arbeidsgiver", "/surveys/" + id + "/answer").status()).isEqualTo(404);
        assertThat(http.get("kandidat", "/surveys/" + id + "/answer").status()).isEqualTo(403);
    }

    // ------------------------------------------------------------------ anonymity

    @Test
    void answersHoldNothingThatLeadsToAPersonOrATokenAsTheSchemaSays() {
        Map<String, Set<String>> columns = Map.of(
                "survey_response", Set.of("id", "survey_id", "office_id"),
                "survey_answer", Set.of("response_id", "question_id", "choice", "text"));
        columns.forEach((table, expected) -> {
            Set<String> actual = Set.copyOf(jdbc.sql("select column_name from information_schema.columns "
                    + "where table_name = :t").param("t", table).query(String.class).list());
            assertThat(actual).as(table + ": no token, user, time or serial column").isEqualTo(expected);
            List<String> defaults = jdbc.sql("select coalesce(column_default, '') from information_schema.columns "
                    + "where table_name = :t").param("t", table).query(String.class).list();
            assertThat(defaults).as(table + ": no sequence and no clock fills a column")
                    .allSatisfy(d -> assertThat(d).doesNotContain("nextval").doesNotContain("now")
                            .doesNotContain("current_"));
            List<String> references = jdbc.sql("""
                    select ccu.table_name from information_schema.table_constraints tc
                    join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
                    where tc.table_name = :t and tc.constraint_type = 'FOREIGN KEY'""").param("t", table)
                    .query(String.class).list();
            assertThat(references).as(table + " refers only to the survey, its questions, the office and the response")
                    .isSubsetOf("survey", "survey_question", "office", "survey_response");
        });
        List<String> triggers = jdbc.sql("select trigger_name from information_schema.triggers where event_object_table "
                + "in ('survey_response', 'survey_answer', 'survey_recipient')").query(String.class).list();
        assertThat(triggers).isEmpty();
        List<String> fromRecipient = jdbc.sql("""
                select ccu.table_name from information_schema.table_constraints tc
                join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
                where tc.table_name = 'survey_recipient' and tc.constraint_type = 'FOREIGN KEY'""")
                .query(String.class).list();
        assertThat(fromRecipient).doesNotContain("survey_response", "survey_answer");
    }

    @Test
    void answersArriveInShuffledBatchesOfFiveWhoseXminNamesOnlyTheFiveTogether() throws Exception {
        long id = draftWithQuestions("Anonymitet", SurveyAudience.COUNSELLOR);
        List<Long> q = questionIds(id);
        List<String> tokens = openWithLinks(id, 8);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            texts.add("svar-" + i);
            assertThat(answerByLink(tokens.get(i), answers(q, i % 2, texts.get(i))).statusCode()).isEqualTo(200);
        }
        assertThat(count("select count(*) from survey_response where survey_id = " + id))
                .as("four answers wait in memory: nothing of them is in the database yet").isZero();
        assertThat(count("select count(*) from survey_recipient where survey_id = " + id + " and answered"))
                .as("and no link is spent before its answer is stored").isZero();
        texts.add("svar-4");
        answerByLink(tokens.get(4), answers(q, 0, "svar-4"));
        assertThat(count("select count(*) from survey_response where survey_id = " + id)).isEqualTo(5);

        List<String> answerXmins = jdbc.sql("select distinct a.xmin::text from survey_answer a "
                + "join survey_response r on r.id = a.response_id where r.survey_id = :id union "
                + "select distinct xmin::text from survey_response where survey_id = :id").param("id", id)
                .query(String.class).list();
        assertThat(answerXmins).as("the five came in one transaction").hasSize(1);
        List<String> flipXmins = jdbc.sql("select xmin::text from survey_recipient where survey_id = :id and answered")
                .param("id", id).query(String.class).list();
        assertThat(flipXmins).as("the five links were spent in the transaction that stored the five answers, so its "
                + "xmin names the five respondents together and none alone").hasSize(5)
                .containsOnly(answerXmins.get(0));

        for (int i = 5; i < 8; i++) {
            texts.add("svar-" + i);
            answerByLink(tokens.get(i), answers(q, 1, texts.get(i)));
        }
        ApiClient.Response closed = form("kontorleder", "/surveys/" + id + "/close", "version=" + version(id));
        assertThat(closed.status()).isEqualTo(302);
        assertThat(count("select count(*) from survey_response where survey_id = " + id)).isEqualTo(8);
        assertThat(count("select count(distinct xmin::text) from survey_response where survey_id = " + id))
                .as("closing rewrote all eight in one transaction").isEqualTo(1);
        List<String> physical = jdbc.sql("select a.text from survey_answer a join survey_response r on "
                + "r.id = a.response_id where r.survey_id = :id and a.text is not null order by a.ctid")
                .param("id", id).query(String.class).list();
        assertThat(physical).containsExactlyInAnyOrderElementsOf(texts);
        assertThat(physical).as("stored in a random order, not the order answered (1 in 40 320 to fail by chance)")
                .isNotEqualTo(texts);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    @Test
    void aCrashLosesWaitingAnswersButNotTheirLinksWhichAnswerAgain() throws Exception {
        long id = draftWithQuestions("Krasj", SurveyAudience.COUNSELLOR);
        List<Long> q = questionIds(id);
        List<String> tokens = openWithLinks(id, 6);
        for (int i = 0; i < 3; i++) {
            assertThat(answerByLink(tokens.get(i), answers(q, 0, "før-" + i)).statusCode()).isEqualTo(200);
        }
        assertThat(answerByLink(tokens.get(0), answers(q, 0, "dobbelt")).statusCode())
                .as("a link whose answer waits here answers once").isEqualTo(409);
        assertThat(buffer.discardAll()).as("the node dies with three answers in memory").isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from survey_recipient where survey_id = " + id + " and answered")).isZero();

        HttpResponse<String> again = answerByLink(tokens.get(0), answers(q, 1, "etter-0"));
        assertThat(again.statusCode()).as("the same link answers again after the crash").isEqualTo(200);
        assertThat(again.body()).contains("Takk for svaret");
        for (int i = 1; i < 5; i++) {
            assertThat(answerByLink(tokens.get(i), answers(q, 1, "etter-" + i)).statusCode()).isEqualTo(200);
        }
        assertThat(count("select count(*) from survey_response where survey_id = " + id)).isEqualTo(5);
        assertThat(count("select count(*) from survey_recipient where survey_id = " + id + " and answered"))
                .isEqualTo(5);
        List<String> stored = jdbc.sql("select a.text from survey_answer a join survey_response r on "
                + "r.id = a.response_id where r.survey_id = :id and a.text is not null").param("id", id)
                .query(String.class).list();
        assertThat(stored).containsExactlyInAnyOrder("etter-0", "etter-1", "etter-2", "etter-3", "etter-4");
        assertThat(answerByLink(tokens.get(0), answers(q, 0, "tredje")).statusCode()).isEqualTo(409);
    }

    @Test
    void aBatchNeverMixesOfficesSoNoOfficeHasOneRespondentInIt() throws Exception {
        long id = draftWithQuestions("Kontorvis", SurveyAudience.COUNSELLOR);
        List<Long> q = questionIds(id);
        List<String> tokens = openWithLinks(id, 5);
        String other = "o-" + UUID.randomUUID();
        jdbc.sql("insert into survey_recipient (survey_id, office_id, token_hash) values (:s, '4614', :h)")
                .param("s", id).param("h", SurveyService.hash(other)).update();
        for (int i = 0; i < 4; i++) {
            answerByLink(tokens.get(i), answers(q, 0, "oslo-" + i));
        }
        answerByLink(other, answers(q, 0, "trondheim"));
        assertThat(count("select count(*) from survey_response where survey_id = " + id))
                .as("four of one office and one of another are no batch").isZero();
        answerByLink(tokens.get(4), answers(q, 0, "oslo-4"));
        assertThat(count("select count(*) from survey_response where survey_id = " + id + " and office_id = '0315'"))
                .isEqualTo(5);
        assertThat(count("select count(*) from survey_response where survey_id = " + id + " and office_id <> '0315'"))
                .as("the other office's one answer waits for four more of its own").isZero();
        assertThat(buffer.waiting(id)).isEqualTo(1);
        form("kontorleder", "/surveys/" + id + "/close", "version=" + version(id));
        assertThat(count("select count(*) from survey_response where survey_id = " + id)).isEqualTo(6);
    }

    @Test
    void anAnswerWhoseLinkAnotherNodeSpentFirstIsDroppedAndABatchStaysAtFive() throws Exception {
        long id = draftWithQuestions("To noder", SurveyAudience.COUNSELLOR);
        List<Long> q = questionIds(id);
        List<String> tokens = openWithLinks(id, 6);
        for (int i = 0; i < 4; i++) {
            assertThat(answerByLink(tokens.get(i), answers(q, 0, "svar-" + i)).statusCode()).isEqualTo(200);
        }
        jdbc.sql("update survey_recipient set answered = true where token_hash = :h")
                .param("h", SurveyService.hash(tokens.get(0))).update();
        answerByLink(tokens.get(4), answers(q, 0, "svar-4"));
        assertThat(count("select count(*) from survey_response where survey_id = " + id))
                .as("four survivors are too few for a batch: they wait").isZero();
        assertThat(count("select count(*) from survey_recipient where survey_id = " + id + " and answered"))
                .as("and their flips were rolled back").isEqualTo(1);
        assertThat(buffer.waiting(id)).isEqualTo(4);
        answerByLink(tokens.get(5), answers(q, 0, "svar-5"));
        assertThat(count("select count(*) from survey_response where survey_id = " + id)).isEqualTo(5);
        List<String> stored = jdbc.sql("select a.text from survey_answer a join survey_response r on "
                + "r.id = a.response_id where r.survey_id = :id and a.text is not null").param("id", id)
                .query(String.class).list();
        assertThat(stored).as("the answer whose link the other node spent is not stored twice")
                .containsExactlyInAnyOrder("svar-1", "svar-2", "svar-3", "svar-4", "svar-5");
        assertThat(count("select count(distinct xmin::text) from survey_recipient where survey_id = " + id
                + " and answered")).as("the other node's flip and this batch's five").isEqualTo(2);
    }

    // ------------------------------------------------------------------ results

    @Test
    void resultsShowOnlyForFiveOrMoreRespondentsOnThePageAndInTheCsv() throws Exception {
        long id = draftWithQuestions("Femregelen", SurveyAudience.COUNSELLOR);
        List<Long> q = questionIds(id);
        List<String> tokens = openWithLinks(id, 5);
        for (int i = 0; i < 4; i++) {
            answerByLink(tokens.get(i), answers(q, 0, "hemmelig-" + i));
        }
        form("kontorleder", "/surveys/" + id + "/close", "version=" + version(id));
        ApiClient.Response four = http.get("kontorleder", "/surveys/" + id + "/results");
        assertThat(four.status()).isEqualTo(200);
        assertThat(four.body()).contains("Færre enn 5 har svart").doesNotContain("hemmelig-")
                .doesNotContain("<svg class=\"survey-chart\"");
        ApiClient.Response fourCsv = http.get("kontorleder", "/surveys/" + id + "/results.csv");
        assertThat(fourCsv.body()).contains("færre enn 5").doesNotContain("hemmelig-")
                .as("no count and no share while hidden").doesNotContainPattern("færre enn 5;\\d");

        jdbc.sql("update survey set state = 'OPEN' where id = :id").param("id", id).update();
        answerByLink(tokens.get(4), answers(q, 1, "hemmelig-4"));
        assertThat(http.get("kontorleder", "/surveys/" + id + "/results").body())
                .as("the fifth waits in memory until closing writes it").doesNotContain("hemmelig-4");
        form("kontorleder", "/surveys/" + id + "/close", "version=" + version(id));
        ApiClient.Response five = http.get("kontorleder", "/surveys/" + id + "/results");
        assertThat(five.body()).contains("5 har svart").contains("hemmelig-4").contains("<title")
                .contains("80\u00a0%").contains("20\u00a0%");
        String csv = http.get("kontorleder", "/surveys/" + id + "/results.csv").body();
        assertThat(csv).contains("Hvor ofte?;Ofte;5;4;80\r\n").contains("Hvor ofte?;Sjelden;5;1;20\r\n");
        assertThat(http.get("veileder", "/surveys/" + id + "/results").status()).isEqualTo(403);
    }

    @Test
    void theDemoRoundsCompareWithTheChangeInPercentagePoints() {
        long second = jdbc.sql("select id from survey where template_key = :k and round = 2 and office_id = '0315'")
                .param("k", BaselineSurvey.KEY).query(Long.class).list().get(0);
        ApiClient.Response page = http.get("kontorleder", "/surveys/" + second + "/comparison");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Runde 2 ved siden av runde 1").contains("prosentpoeng")
                .contains("Hvor ofte hadde du kontakt med mentoren?");
    }

    // ------------------------------------------------------------------ trigger and reminders

    @Test
    void anEndedProcessSendsTheTriggeredSurveyToItsEmployerOnce() {
        ApiClient.Response created = form("kontorleder", "/surveys",
                "title=" + enc("Etter avsluttet forløp") + "&audience=EMPLOYER&triggered=true");
        long id = Long.parseLong(created.header("Location").replaceAll(".*/surveys/(\\d+).*", "$1"));
        addQuestion(id, "kind=TEXT&text=" + enc("Hvordan gikk det?"));
        ApiClient.Response counsellors = form("kontorleder", "/surveys",
                "title=Feil&audience=COUNSELLOR&triggered=true");
        assertThat(counsellors.body()).contains("Bare undersøkelser til arbeidsgivere");
        assertThat(form("kontorleder", "/surveys/" + id + "/send", "version=" + version(id)).status())
                .isEqualTo(200);
        assertThat(count("select count(*) from survey_recipient where survey_id = " + id)).isZero();

        long employerId = jdbc.sql("select employer_id from app_user where username = 'arbeidsgiver'")
                .query(Long.class).single();
        long process = jdbc.sql("select min(id) from inclusion_process where office_id = '0315' and open")
                .query(Long.class).single();
        jdbc.sql("update inclusion_process set phase = 'CLOSURE', phase_changed_at = now(), employer_id = :e "
                + "where id = :p").param("e", employerId).param("p", process).update();
        SurveyJob.Result first = job.run(java.time.Instant.now());
        assertThat(first.invited()).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from survey_recipient r join app_user u on u.id = r.user_id "
                + "where r.survey_id = " + id + " and u.username = 'arbeidsgiver' and r.process_id = " + process))
                .isEqualTo(1);
        assertThat(count("select count(*) from notification n join app_user u on u.id = n.recipient_id "
                + "where u.username = 'arbeidsgiver' and n.link = '/surveys/" + id + "/answer'")).isEqualTo(1);
        int invited = count("select count(*) from survey_recipient where survey_id = " + id);
        assertThat(job.run(java.time.Instant.now()).invited()).isZero();
        assertThat(count("select count(*) from survey_recipient where survey_id = " + id)).as("once per process")
                .isEqualTo(invited);
        assertThat(http.get("arbeidsgiver", "/surveys/" + id + "/answer").status()).isEqualTo(200);
    }

    @Test
    void aReminderGoesOnceToThoseWhoseFlagSaysTheyHaveNotAnswered() {
        long id = draftWithQuestions("Påminnelse", SurveyAudience.COUNSELLOR);
        assertThat(form("kontorleder", "/surveys/" + id + "/send", "version=" + version(id)).status())
                .isEqualTo(200);
        jdbc.sql("update survey_recipient set invited_at = now() - interval '8 days' where survey_id = :id")
                .param("id", id).update();
        jdbc.sql("update survey_recipient set answered = true where survey_id = :id and user_id = "
                + "(select id from app_user where username = 'veileder')").param("id", id).update();
        int asked = count("select count(*) from survey_recipient where survey_id = " + id);
        job.run(java.time.Instant.now());
        assertThat(count("select count(*) from notification where message_key = 'survey.notification.reminder' "
                + "and link = '/surveys/" + id + "/answer'")).isEqualTo(asked - 1);
        job.run(java.time.Instant.now());
        assertThat(count("select count(*) from notification where message_key = 'survey.notification.reminder' "
                + "and link = '/surveys/" + id + "/answer'")).isEqualTo(asked - 1);
        assertThat(count("select count(*) from survey_recipient where survey_id = " + id + " and answered "
                + "and reminded")).as("the one who answered is not reminded").isZero();
    }
}
