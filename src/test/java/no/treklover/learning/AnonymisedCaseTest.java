package no.treklover.learning;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.treklover.identifiers.IdentifierDetector;
import no.treklover.identifiers.IdentifierDetectorTest;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Anonymised cases (issue 14): a process with every kind of identifier in every field gives a copy that holds none of
 * them, checked with the detector and with a plain search for each original value; a reviewed text that still holds
 * one is refused on its field; only a ready case is shown to the others of the office, and it keeps no link back.
 */
@IntegrationTest
class AnonymisedCaseTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, office_id) values
                        ('case-kollega', :hash, 'Kåre Kollega', 'COUNSELLOR', '0315')
                        on conflict (username) do nothing""")
                .param("hash", passwords.encode("demo")).update();
    }

    /** One identifying value per row: the table and column it is put into, and the value. */
    record Planted(String table, String column, String value) {
    }

    @Test
    void noIdentifierOfAnyKindInAnyFieldSurvivesAndTheAuthorReviewsBeforeOthersSeeIt() {
        String nationalId = TestPeople.newNationalId();
        String dNumber = IdentifierDetectorTest.nationalId("550388");
        String org = TestPeople.newOrgNumber();
        String otherOrg = TestPeople.newOrgNumber();
        String account = "12345678903";
        long candidate = api.post("veileder", "/api/v1/candidates", object("nationalId", nationalId,
                "firstName", "Solveig", "lastName", "Kvernmo")).id();
        long process = api.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
        long employer = jdbc.sql("""
                        insert into employer (org_number, name, industry, municipality, business_address,
                                              postal_address)
                        values (:org, 'Hammerfjord Bakeri AS', 'Varehandel', 'Oslo', 'Trondheimsveien 100, 0565 Oslo',
                                'Postboks 7, 0501 Oslo') returning id""")
                .param("org", org).query(Long.class).single();
        List<Planted> table = List.of(
                new Planted("candidate", "phone", "+47 934 56 789"),
                new Planted("candidate", "email", "solveig.kvernmo@example.no"),
                new Planted("candidate", "wishes", "Vil jobbe hos " + otherOrg + ", ring 41200001"),
                new Planted("candidate", "interests", "Bor i Markveien 35, 0554 Oslo, e-post sk@privat.no"),
                new Planted("candidate", "strengths", "D-nummer før: " + dNumber),
                new Planted("candidate", "experience", "Lønn til konto " + account),
                new Planted("candidate", "education", "Fnr " + nationalId.substring(0, 6) + " "
                        + nationalId.substring(6)),
                new Planted("candidate", "adaptation_needs", "Kontakt fastlege på 23 45 67 89"),
                new Planted("inclusion_process", "goals", "Fast jobb hos Hammerfjord Bakeri AS (" + org + ")"),
                new Planted("inclusion_process", "next_action", "Ring Solveig på 412 00 001"),
                new Planted("inclusion_process", "mentor_name", "Henrikke Sæthre"),
                new Planted("inclusion_process", "mentor_phone", "99887766"),
                new Planted("inclusion_process", "mentor_email", "henrikke@hammerfjord.no"),
                new Planted("inclusion_process", "mentor_role", "Butikksjef i Grünerløkka-filialen"),
                new Planted("inclusion_process", "outcome_note", "Solveig Kvernmo fikk fast jobb, " + account));
        for (Planted p : table) {
            long id = p.table().equals("candidate") ? candidate : process;
            jdbc.sql("update " + p.table() + " set " + p.column() + " = :v where id = :id")
                    .param("v", p.value()).param("id", id).update();
        }
        jdbc.sql("update inclusion_process set employer_id = :e, start_date = current_date - 200 where id = :p")
                .param("e", employer).param("p", process).update();
        jdbc.sql("insert into process_measure (process_id, type, start_date) values (:p, 'MENTOR', current_date - 100)")
                .param("p", process).update();

        long colleague = jdbc.sql("select id from app_user where username = 'case-kollega'").query(Long.class).single();
        long meeting = api.post("kontorleder", "/api/v1/learning/meetings", object("type", "EXPERIENCE_EXCHANGE",
                "title", "Erfaringsutveksling", "startsAt", LocalDate.now().plusDays(7) + "T09:00",
                "durationMinutes", 90, "agenda", "Velkommen\nCaser", "participantIds", List.of(colleague))).id();

        ApiClient.Response drafted = api.post("veileder", "/api/v1/learning/meetings/" + meeting + "/cases",
                object("processId", process));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String copy = drafted.body();
        List<String> originals = new java.util.ArrayList<>(List.of(nationalId, dNumber, org, otherOrg, account,
                "Solveig", "Kvernmo", "Hammerfjord", "Henrikke", "Sæthre", "Markveien", "Trondheimsveien",
                "Postboks 7", "Grünerløkka-filialen", "fastlege"));
        table.forEach(p -> originals.add(p.value()));
        for (String original : originals) {
            assertThat(copy).as("the copy holds %s", original).doesNotContain(original);
        }
        assertThat(IdentifierDetector.find(copy)).as("identifiers in %s", copy).isEmpty();
        var json = drafted.json();
        assertThat(json.path("industry").asString()).isEqualTo("varehandel");
        assertThat(json.path("measures").asString()).isEqualTo("MENTOR");
        assertThat(json.path("durationMonths").asInt()).isBetween(6, 7);
        assertThat(json.path("ageDecade").isNumber()).isTrue();
        assertThat(json.path("processId").asLong()).as("the author sees her process").isEqualTo(process);
        long caseId = drafted.id();

        // reading the process for the copy is logged against her
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where candidate_id = :c and resource = 'anonymised-case'
                          and allowed""").param("c", candidate).query(Long.class).single()).isEqualTo(1);

        // the review refuses every identifier and every name of the process, field by field
        record Bad(String field, String text) {
        }
        for (Bad bad : List.of(new Bad("story", "Hun ringte meg fra 934 56 789."),
                new Bad("story", "Solveig var usikker."), new Bad("question", "Hva med " + org + "?"),
                new Bad("title", "Case om Kvernmo"), new Bad("story", "Skrev til solveig.kvernmo@example.no"),
                new Bad("industry", "bakeri hos Hammerfjord"), new Bad("story", "Fnr " + nationalId),
                new Bad("question", "Konto " + account), new Bad("story", "Mentor Henrikke sa nei"))) {
            var body = object("title", "En kandidat i varehandel", "industry", "varehandel", "story", "Tekst",
                    "question", "Spørsmål");
            body.put(bad.field(), bad.text());
            ApiClient.Response refused = api.put("veileder", "/api/v1/learning/cases/" + caseId, body, "\"0\"");
            assertThat(refused.status()).as(bad.toString()).isEqualTo(400);
            assertThat(refused.errorFields()).as(bad.toString()).containsExactly(bad.field());
        }
        ApiClient.Response reviewed = api.put("veileder", "/api/v1/learning/cases/" + caseId, object(
                "title", "En kandidat i 30-årene i varehandel", "industry", "varehandel",
                "story", "Jeg foreslo arbeidsplassen før hun selv hadde sagt hva hun ønsket.",
                "question", "Hvordan spør dere om ønsker tidlig?"), "\"0\"");
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);

        // a draft is its author's only
        assertThat(api.get("case-kollega", "/api/v1/learning/cases/" + caseId).status()).isEqualTo(404);
        assertThat(api.get("case-kollega", "/api/v1/learning/meetings/" + meeting).json().path("cases").size())
                .isZero();
        assertThat(api.put("case-kollega", "/api/v1/learning/cases/" + caseId, object("title", "Endret"), "\"1\"")
                .status()).isEqualTo(403);

        ApiClient.Response ready = api.post("veileder", "/api/v1/learning/cases/" + caseId + "/ready", object(),
                "\"1\"");
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        assertThat(jdbc.sql("select process_id from anonymised_case where id = :id").param("id", caseId)
                .query(Long.class).optional()).as("no link back once ready").isEmpty();
        var seen = api.get("case-kollega", "/api/v1/learning/meetings/" + meeting).json().path("cases");
        assertThat(seen.size()).isEqualTo(1);
        assertThat(seen.get(0).path("processId").isNull()).isTrue();
        assertThat(seen.get(0).path("story").asString()).startsWith("Jeg foreslo");
        assertThat(api.put("veileder", "/api/v1/learning/cases/" + caseId, object("title", "Etterpå"), "\"2\"")
                .status()).as("a ready case is no longer changed").isEqualTo(409);

        // another office's counsellor, and roles outside the office's staff, see nothing of it
        for (String other : List.of("veileder2", "markedskontakt", "beslutter", "mentor", "kandidat")) {
            assertThat(api.get(other, "/api/v1/learning/meetings/" + meeting).status()).as(other).isEqualTo(403);
            assertThat(api.get(other, "/api/v1/learning/cases/" + caseId).status()).as(other).isEqualTo(403);
        }
        // the office leader plans; a counsellor may not
        assertThat(api.post("veileder", "/api/v1/learning/meetings", object("type", "MARKET_MEETING", "title", "X",
                "startsAt", LocalDate.now().plusDays(7) + "T09:00", "durationMinutes", 60)).status()).isEqualTo(403);
    }

    @Test
    void onlyAProcessOfHerOwnOfficeAndOnlyAtAnExperienceExchange() {
        long market = api.post("kontorleder", "/api/v1/learning/meetings", object("type", "MARKET_MEETING",
                "title", "Markedsmøte", "startsAt", LocalDate.now().plusDays(3) + "T09:00", "durationMinutes", 60))
                .id();
        long candidate = api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Case", "lastName", "Testesen")).id();
        long process = api.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
        ApiClient.Response notExchange = api.post("veileder", "/api/v1/learning/meetings/" + market + "/cases",
                object("processId", process));
        assertThat(notExchange.status()).isEqualTo(400);
        long exchange = api.post("kontorleder", "/api/v1/learning/meetings", object("type", "EXPERIENCE_EXCHANGE",
                "title", "Erfaring", "startsAt", LocalDate.now().plusDays(3) + "T09:00", "durationMinutes", 60)).id();
        long bergen = jdbc.sql("select min(id) from inclusion_process where office_id = '4614'").query(Long.class)
                .single();
        assertThat(api.post("veileder", "/api/v1/learning/meetings/" + exchange + "/cases",
                object("processId", bergen)).status()).isEqualTo(403);
        ApiClient.Response badDate = api.post("kontorleder", "/api/v1/learning/meetings", object("type",
                "EXPERIENCE_EXCHANGE", "title", "Gammel", "startsAt", "1999-01-01T09:00", "durationMinutes", 60));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.errorFields()).contains("startsAt");
    }

    @Test
    void anExchangeSoonIsOfferedForACaseHoweverManyMeetingsArePlannedFurtherAhead() {
        ApiClient api = new ApiClient(port);
        for (int i = 0; i < 201; i++) {
            assertThat(api.post("kontorleder", "/api/v1/learning/meetings", object("type", "MARKET_MEETING",
                    "title", "Markedsmøte " + i, "startsAt", LocalDate.now().plusMonths(6) + "T09:00",
                    "durationMinutes", 60)).status()).isEqualTo(201);
        }
        long soon = api.post("kontorleder", "/api/v1/learning/meetings", object("type", "EXPERIENCE_EXCHANGE",
                "title", "Erfaringsutveksling snart", "startsAt", LocalDate.now().plusDays(5) + "T09:00",
                "durationMinutes", 60)).id();
        long candidate = api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Snart", "lastName", "Møtesen")).id();
        long process = api.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();

        String page = new String(api.download("veileder", "/processes/" + process + "/reflections").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("<option value=\"" + soon + "\"");
    }
}
