package no.treklover.process;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import no.treklover.identifiers.NationalId;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The process page's phase forms, and what the forms do when two saves race: a unique rule in the database
 * that catches the second is a conflict message for the user, never a server error.
 */
@IntegrationTest
class ProcessPageFormsTest {

    private static final java.util.regex.Pattern VERSION_FIELD =
            java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    ApiClient http;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
    }

    private ApiClient.Response form(String user, String path, String body) {
        return http.send(user, "POST", path, body, "application/x-www-form-urlencoded", Map.of("Accept", "text/html"));
    }

    private long newCandidate() {
        return http.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Skjema", "lastName", "Kandidat", "wishes", "Lager")).id();
    }

    private long newProcess() {
        ApiClient.Response started = http.post("veileder", "/api/v1/processes",
                object("candidateId", newCandidate(), "goals", null));
        assertThat(started.status()).isEqualTo(201);
        return started.id();
    }

    private long version(long processId) {
        return jdbc.sql("select version from inclusion_process where id = ?").param(processId).query(Long.class)
                .single();
    }

    private String phase(long processId) {
        return jdbc.sql("select phase from inclusion_process where id = ?").param(processId).query(String.class)
                .single();
    }

    @Test
    void aTooLongPhaseCommentIsAFieldMessageOnThePageAndTheTextareasSayTheLimit() {
        long id = newProcess();
        String page = http.send("veileder", "GET", "/processes/" + id, null, null, Map.of("Accept", "text/html"))
                .body();
        assertThat(page).containsPattern("<textarea[^>]*name=\"comment\"[^>]*maxlength=\"2000\"");

        String tooLong = "x".repeat(PhaseTransitionRules.MAX_COMMENT_LENGTH + 1);
        ApiClient.Response forward = form("veileder", "/processes/" + id + "/phase",
                "toPhase=EMPLOYER_CONTACT&version=" + version(id) + "&comment=" + tooLong);

        assertThat(forward.status()).isEqualTo(200);
        assertThat(forward.body()).contains("Teksten er for lang").contains("id=\"comment-error\"")
                .contains(">" + tooLong + "</textarea>");
        assertThat(phase(id)).isEqualTo("ASSESSMENT");

        // Back with a too-long reason: the message is on the back form's comment.
        form("veileder", "/processes/" + id + "/phase", "toPhase=EMPLOYER_CONTACT&version=" + version(id));
        ApiClient.Response back = form("veileder", "/processes/" + id + "/phase",
                "toPhase=ASSESSMENT&version=" + version(id) + "&comment=" + tooLong);
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.body()).contains("Teksten er for lang")
                .containsPattern("<textarea[^>]*id=\"comment\"[^>]*name=\"comment\"[^>]*maxlength=\"2000\"[^>]*>" + tooLong);
        assertThat(phase(id)).isEqualTo("EMPLOYER_CONTACT");
    }

    @Test
    void theForwardFormTakesAnOptionalCommentForTheTimeline() {
        long id = newProcess();
        assertThat(http.send("veileder", "GET", "/processes/" + id, null, null, Map.of("Accept", "text/html")).body())
                .contains("Kommentar til tidslinjen");

        ApiClient.Response moved = form("veileder", "/processes/" + id + "/phase",
                "toPhase=EMPLOYER_CONTACT&version=" + version(id) + "&comment=Ringte+Bakeri+Solsiden%2C+m%C3%B8te+avtalt");

        assertThat(moved.status()).isEqualTo(302);
        assertThat(jdbc.sql("select comment from process_event where process_id = ? and type = 'PHASE_FORWARD'")
                .param(id).query(String.class).single()).isEqualTo("Ringte Bakeri Solsiden, møte avtalt");
        assertThat(http.send("veileder", "GET", "/processes/" + id, null, null, Map.of("Accept", "text/html")).body())
                .contains("Ringte Bakeri Solsiden, møte avtalt");
    }

    @Test
    void aMeasureOutsideTheYears2000To2100IsAFieldErrorInTheApiAndOnThePage() {
        long id = newProcess();
        String path = "/api/v1/processes/" + id + "/measures";

        ApiClient.Response api = http.post("veileder", path,
                object("type", "MENTOR", "startDate", "0026-01-05", "endDate", "2260-06-30"),
                "\"" + version(id) + "\"");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.errorFields()).containsExactlyInAnyOrder("startDate", "endDate");

        ApiClient.Response page = form("veileder", "/processes/" + id + "/measures",
                "type=MENTOR&startDate=2026-01-05&endDate=2101-01-01&version=" + version(id));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Datoen må være mellom år 2000 og 2100.").contains("id=\"endDate-error\"");
        assertThat(jdbc.sql("select count(*) from process_measure where process_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theSecondOfTwoEditsFromTheSameVersionSeesTheConflictAndKeepsWhatItTyped() {
        long id = newProcess();
        String editPath = "/processes/" + id + "/edit";
        String first = http.send("veileder", "GET", editPath, null, null, Map.of("Accept", "text/html")).body();
        String second = http.send("veileder", "GET", editPath, null, null,
                Map.of("Accept", "text/html")).body();
        java.util.regex.Matcher v1 = VERSION_FIELD.matcher(first);
        java.util.regex.Matcher v2 = VERSION_FIELD.matcher(second);
        assertThat(v1.find()).isTrue();
        assertThat(v2.find()).isTrue();
        assertThat(v2.group(1)).isEqualTo(v1.group(1));
        // the shared form fragments' defaults: labels from field.*, three-row textareas
        assertThat(first).doesNotContain("??").contains("<span>Mentorens navn</span>").contains("<span>Mål</span>")
                .containsPattern("rows=\"3\"[^>]*id=\"goals\"");

        ApiClient.Response saved = form("veileder", editPath,
                "version=" + v1.group(1) + "&goals=L%C3%A6re+kassa&nextAction=Ring+bakeriet");
        assertThat(saved.status()).isEqualTo(302);

        ApiClient.Response conflict = form("veileder", editPath,
                "version=" + v2.group(1) + "&goals=Lage+br%C3%B8d+fra+bunnen&nextAction=M%C3%B8te+med+mentor");
        assertThat(conflict.status()).isEqualTo(200);
        assertThat(conflict.body()).contains("Noen andre har lagret endringer i mellomtiden")
                .contains(">Lage brød fra bunnen</textarea>").contains("value=\"Møte med mentor\"");
        assertThat(jdbc.sql("select goals || ' / ' || next_action from inclusion_process where id = ?").param(id)
                .query(String.class).single()).isEqualTo("Lære kassa / Ring bakeriet");
    }

    @Test
    void searchingForAnEmployerInsideTheDetailsFormKeepsEveryFieldAndSavesNothing() {
        long id = newProcess();
        String orgNumber = TestPeople.newOrgNumber();
        jdbc.sql("insert into employer (org_number, name) values (?, 'Søkbar Bakeri AS')").param(orgNumber).update();
        String editPath = "/processes/" + id + "/edit";
        String page = http.send("veileder", "GET", editPath, null, null, Map.of("Accept", "text/html")).body();
        java.util.regex.Matcher version = VERSION_FIELD.matcher(page);
        assertThat(version.find()).isTrue();
        assertThat(page).as("the search is inside the details form, not a form of its own")
                .doesNotContain("method=\"get\" class=\"employer-search\"").contains("name=\"searchEmployer\"");

        ApiClient.Response searched = form("veileder", editPath, "version=" + version.group(1)
                + "&mentorName=Mona+Mentor&goals=L%C3%A6re+kassa&startDate=2026-12-14&initiative=EMPLOYER"
                + "&counsellorKnewEmployer=true&employerSearch=S%C3%B8kbar+Bakeri&searchEmployer=true");
        assertThat(searched.status()).isEqualTo(200);
        assertThat(searched.body()).contains("value=\"Mona Mentor\"").contains(">Lære kassa</textarea>")
                .contains("value=\"2026-12-14\"").containsPattern("value=\"EMPLOYER\"\\s+selected")
                .containsPattern("id=\"knew-yes\"[^>]*checked").contains("Søkbar Bakeri AS (" + orgNumber + ")")
                .contains("1 arbeidsgiver passer med «Søkbar Bakeri»").doesNotContain("Endringene er lagret");
        assertThat(jdbc.sql("select coalesce(mentor_name, '') || coalesce(goals, '') from inclusion_process where id = ?")
                .param(id).query(String.class).single()).as("a search saves nothing").isEmpty();
    }

    @Test
    void goingBackFromTheWizardsSecondStepKeepsWhatWasTypedInBoth() {
        String nationalId = TestPeople.newNationalId();
        ApiClient.Response back = form("veileder", "/processes/new", "nationalId=" + nationalId
                + "&firstName=Tilbake&lastName=Testesen&version=0&wishes=Jobbe+i+butikk&goals=Kassa&back=true");
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.body()).contains("Hvem gjelder det?").contains("value=\"" + nationalId + "\"")
                .contains("value=\"Tilbake\"").contains("name=\"wishes\" value=\"Jobbe i butikk\"")
                .contains("name=\"goals\" value=\"Kassa\"").doesNotContain("error-summary");

        ApiClient.Response forward = form("veileder", "/processes/new/candidate", "nationalId=" + nationalId
                + "&firstName=Tilbake&lastName=Testesen&wishes=Jobbe+i+butikk&goals=Kassa");
        assertThat(forward.status()).isEqualTo(200);
        assertThat(forward.body()).contains(">Jobbe i butikk</textarea>").contains(">Kassa</textarea>");
        assertThat(jdbc.sql("select count(*) from candidate where national_id = ?").param(nationalId)
                .query(Long.class).single()).as("going back and forth saves nothing").isZero();
    }

    @Test
    void twoWizardSubmitsForTheSamePersonGiveTheSecondAConflictMessage() {
        String nationalId = TestPeople.newNationalId();
        java.time.LocalDate birthDate = NationalId.parse(nationalId).orElseThrow().birthDate();

        ApiClient.Response second = whileAnotherTransactionInserts("candidate",
                "insert into candidate (national_id, birth_date, first_name, last_name, office_id) "
                        + "values (?, ?, 'Først', 'Lagret', '0315')",
                new Object[] {nationalId, java.sql.Date.valueOf(birthDate)},
                () -> form("veileder", "/processes/new",
                        "nationalId=" + nationalId + "&firstName=Ny&lastName=Person&wishes=Butikk&version=0"));

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).contains("Personen er allerede registrert.").contains(">Butikk</textarea>");
        assertThat(jdbc.sql("select count(*) from candidate where national_id = ?").param(nationalId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twoRegistrationsOfTheSameEmployerGiveTheSecondAConflictMessage() {
        String orgNumber = newOrgNumber();

        ApiClient.Response second = whileAnotherTransactionInserts("employer",
                "insert into employer (org_number, name) values (?, 'Først Lagret AS')", new Object[] {orgNumber},
                () -> form("veileder", "/employers/new", "orgNumber=" + orgNumber + "&name=Kappl%C3%B8p+AS"));

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).contains("Arbeidsgiveren er allerede registrert.").contains("Kappløp AS");
        assertThat(jdbc.sql("select name from employer where org_number = ?").param(orgNumber)
                .query(String.class).single()).isEqualTo("Først Lagret AS");
    }

    @Test
    void twoApiStartsForTheSameCandidateGiveTheSecondA409Problem() {
        long candidateId = newCandidate();

        ApiClient.Response second = whileAnotherTransactionInserts("inclusion_process",
                "insert into inclusion_process (candidate_id, counsellor_id, office_id, phase, phase_changed_at) "
                        + "values (?, (select id from app_user where username = 'veileder'), '0315', 'ASSESSMENT', "
                        + "now())", new Object[] {candidateId},
                () -> http.post("veileder", "/api/v1/processes", object("candidateId", candidateId, "goals", null)));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().path("detail").asString()).startsWith("Kandidaten har allerede et åpent forløp");
        assertThat(jdbc.sql("select count(*) from inclusion_process where candidate_id = ?").param(candidateId)
                .query(Long.class).single()).isEqualTo(1);
    }

    /**
     * Two saves at the same moment, made repeatable: another transaction inserts the conflicting row and holds it
     * uncommitted, so the request passes its own "already exists" check and then waits on the unique index; when
     * the other transaction commits, the index refuses the request's row.
     */
    private <T> T whileAnotherTransactionInserts(String table, String insert, Object[] parameters,
            Callable<T> request) {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement statement = other.prepareStatement(insert)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.executeUpdate();
            }
            Future<T> answer = executor.submit(request);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!waitingOnLock(table) && !answer.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(answer.isDone()).as("the request waits for the other transaction").isFalse();
            other.commit();
            return answer.get(30, TimeUnit.SECONDS);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            executor.shutdownNow();
        }
    }

    private boolean waitingOnLock(String table) {
        return jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                        + "and query ilike ?")
                .param("insert into " + table + " %").query(Long.class).single() > 0;
    }

    private static String newOrgNumber() {
        return TestPeople.newOrgNumber();
    }
}
