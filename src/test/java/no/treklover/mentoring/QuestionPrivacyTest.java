package no.treklover.mentoring;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * "Spør veilederen" carries the mentor's observations about the candidate ("Mia virker veldig trøtt om morgenen").
 * They go between mentor and counsellor: the employer reads the questions its own organisation asked, and the
 * mentor's only while the candidate shares her adaptation needs with the employer — on the page and in the API.
 */
@IntegrationTest
class QuestionPrivacyTest {

    private static final String MENTORS_QUESTION = "Mia virker veldig trøtt om morgenen, hva gjør jeg?";
    private static final String EMPLOYERS_QUESTION = "Hvordan er forsikringen ordnet?";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    ApiClient api;
    MentoringFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new MentoringFixtures(api, jdbc, passwords);
        fixtures.otherWorkplaceUsers();
    }

    @Test
    void theEmployerReadsNeitherTheMentorsQuestionNorItsAnswerWithoutConsent() {
        MentoringFixtures.Fixture f = fixtures.signed();
        String questions = "/api/v1/processes/" + f.processId() + "/questions";
        long mentors = api.post("mentor", questions, object("text", MENTORS_QUESTION)).id();
        long employers = api.post("arbeidsgiver", questions, object("text", EMPLOYERS_QUESTION)).id();
        assertThat(api.post("veileder", "/api/v1/questions/" + mentors + "/answers",
                object("text", "Snakk med henne om døgnrytmen.")).status()).isEqualTo(201);

        // the API: the list holds only the employer's own question, the mentor's is refused by id (and logged)
        ApiClient.Response list = api.get("arbeidsgiver", questions);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(EMPLOYERS_QUESTION).doesNotContain(MENTORS_QUESTION)
                .doesNotContain("døgnrytmen");
        assertThat(api.get("arbeidsgiver", "/api/v1/questions/" + mentors).status()).isEqualTo(403);
        assertThat(api.get("arbeidsgiver", "/api/v1/questions/" + employers).status()).isEqualTo(200);
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where actor_username = 'arbeidsgiver' and not allowed
                           and resource = 'mentoring.questions'""").query(Long.class).single())
                .as("the refused read is in the audit log").isPositive();

        // the page: the same
        ApiClient.Response page = html("arbeidsgiver", "/mentoring/" + f.processId() + "/questions");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(EMPLOYERS_QUESTION).doesNotContain("trøtt om morgenen")
                .doesNotContain("døgnrytmen").contains("Du ser spørsmålene dere har stilt selv");

        // mentor and counsellor read both
        for (String user : List.of("mentor", "veileder")) {
            assertThat(api.get(user, questions).body()).as(user).contains(MENTORS_QUESTION)
                    .contains(EMPLOYERS_QUESTION);
            assertThat(html(user, "/mentoring/" + f.processId() + "/questions").body()).as(user)
                    .contains("trøtt om morgenen");
        }
    }

    @Test
    void theCandidatesConsentToShareAdaptationNeedsWithTheEmployerOpensThemAndItsWithdrawalClosesThem() {
        MentoringFixtures.Fixture f = fixtures.signed();
        String questions = "/api/v1/processes/" + f.processId() + "/questions";
        long mentors = api.post("mentor", questions, object("text", MENTORS_QUESTION)).id();

        // sharing something else with the employer, or adaptation needs with the mentor only, is not enough
        consent(f, "STRENGTHS", "EMPLOYER", true);
        consent(f, "ADAPTATION_NEEDS", "MENTOR", true);
        assertThat(api.get("arbeidsgiver", questions).body()).doesNotContain(MENTORS_QUESTION);

        consent(f, "ADAPTATION_NEEDS", "EMPLOYER", true);
        assertThat(api.get("arbeidsgiver", questions).body()).contains(MENTORS_QUESTION);
        assertThat(api.get("arbeidsgiver", "/api/v1/questions/" + mentors).status()).isEqualTo(200);
        assertThat(html("arbeidsgiver", "/mentoring/" + f.processId() + "/questions").body())
                .contains("trøtt om morgenen");

        consent(f, "ADAPTATION_NEEDS", "EMPLOYER", false);
        assertThat(api.get("arbeidsgiver", questions).body()).doesNotContain(MENTORS_QUESTION);
        assertThat(api.get("arbeidsgiver", "/api/v1/questions/" + mentors).status()).isEqualTo(403);
    }

    @Test
    void anotherRepresentativeOfTheSameEmployerReadsTheOrganisationsQuestions() {
        MentoringFixtures.Fixture f = fixtures.signed();
        String questions = "/api/v1/processes/" + f.processId() + "/questions";
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, employer_id)
                        select 'arbeidsgiver-kollega', password_hash, 'Kollega hos arbeidsgiver', 'EMPLOYER', employer_id
                          from app_user where username = 'arbeidsgiver' on conflict (username) do nothing""").update();
        long employers = api.post("arbeidsgiver", questions, object("text", EMPLOYERS_QUESTION)).id();
        assertThat(api.get("arbeidsgiver-kollega", "/api/v1/questions/" + employers).status()).isEqualTo(200);
        assertThat(api.get("arbeidsgiver2", "/api/v1/questions/" + employers).status())
                .as("another employer's representative").isEqualTo(403);
    }

    private void consent(MentoringFixtures.Fixture f, String item, String audience, boolean granted) {
        assertThat(api.put(f.candidateUser(), "/api/v1/me/consents", object("choices", List.of(
                object("item", item, "audience", audience, "granted", granted))), null).status()).isEqualTo(200);
    }

    private ApiClient.Response html(String user, String path) {
        return api.send(user, "GET", path, null, null, Map.of("Accept", "text/html"));
    }
}
