package no.treklover.opportunity;

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

/**
 * Opportunities over HTTP against PostgreSQL: the market contact writes for any employer, the counsellor reads, the
 * employer writes and sees only its own (403 for another's), optimistic locking, status transitions, field errors.
 */
@IntegrationTest
class OpportunityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    long own;
    long other;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        own = jdbc.sql("select employer_id from app_user where username = 'arbeidsgiver'").query(Long.class).single();
        other = jdbc.sql("select min(id) from employer where id <> :own").param("own", own).query(Long.class)
                .single();
    }

    static Map<String, Object> body(Long employerId, String title) {
        return object("employerId", employerId, "title", title, "tasks", "Varemottak og plukk",
                "requirementsMust", "Kan løfte 10 kg", "requirementsNice", "Truckførerbevis", "mentorAvailable", true,
                "hoursPerWeek", 20, "slots", 2, "type", "WORK_TRAINING", "hireChance", "MEDIUM",
                "startsOn", "2027-01-04", "endsOn", "2027-06-30", "municipality", "Oslo", "county", "Oslo",
                "constraints", List.of("HEAVY_LIFTING"));
    }

    @Test
    void theMarketContactWritesForAnyEmployerAndTheCounsellorOnlyReads() {
        ApiClient.Response created = api.post("markedskontakt", "/api/v1/opportunities", body(other, "Lager"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.json().path("status").asString()).isEqualTo("DRAFT");
        assertThat(created.json().path("constraints").toString()).contains("HEAVY_LIFTING");
        long id = created.id();

        ApiClient.Response read = api.get("veileder", "/api/v1/opportunities/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("allowedStatuses").size()).isZero();
        assertThat(api.put("veileder", "/api/v1/opportunities/" + id, body(other, "Endret"), "\"0\"").status())
                .isEqualTo(403);
        assertThat(api.post("veileder", "/api/v1/opportunities", body(other, "Ny")).status()).isEqualTo(403);
        assertThat(api.post("veileder", "/api/v1/opportunities/" + id + "/status", object("status", "OPEN"), "\"0\"")
                .status()).isEqualTo(403);

        // open it; a stale version is refused (412), never an overwrite
        ApiClient.Response opened = api.post("markedskontakt", "/api/v1/opportunities/" + id + "/status",
                object("status", "OPEN"), "\"0\"");
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.header("ETag")).isEqualTo("\"1\"");
        assertThat(api.put("markedskontakt", "/api/v1/opportunities/" + id, body(other, "Gammel"), "\"0\"")
                .status()).isEqualTo(412);
        ApiClient.Response updated = api.put("markedskontakt", "/api/v1/opportunities/" + id,
                body(other, "Lager, deltid"), "\"1\"");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("title").asString()).isEqualTo("Lager, deltid");
        // a draft cannot be filled, an open one can; a filled one cannot go back to draft
        ApiClient.Response filled = api.post("markedskontakt", "/api/v1/opportunities/" + id + "/status",
                object("status", "FILLED"), "\"2\"");
        assertThat(filled.status()).isEqualTo(200);
        ApiClient.Response toDraft = api.post("markedskontakt", "/api/v1/opportunities/" + id + "/status",
                object("status", "DRAFT"), "\"3\"");
        assertThat(toDraft.status()).isEqualTo(400);
        assertThat(toDraft.errorFields()).contains("status");

        assertThat(api.get("veileder", "/api/v1/opportunities?status=FILLED&size=200").json().path("items")
                .toString()).contains("\"id\":" + id + ",");
        assertThat(api.get("veileder", "/api/v1/opportunities/999999999").status()).isEqualTo(404);
    }

    @Test
    void theEmployerWritesAndSeesOnlyItsOwn() {
        long others = api.post("markedskontakt", "/api/v1/opportunities", body(other, "Andres")).id();
        // whatever employerId says, the employer writes for its own organisation
        ApiClient.Response created = api.post("arbeidsgiver", "/api/v1/opportunities", body(other, "Bakerlærling"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("employerId").asLong()).isEqualTo(own);
        long mine = created.id();
        assertThat(api.put("arbeidsgiver", "/api/v1/opportunities/" + mine, body(null, "Bakerlærling, 2027"), "\"0\"")
                .status()).isEqualTo(200);

        assertThat(api.get("arbeidsgiver", "/api/v1/opportunities/" + others).status()).isEqualTo(403);
        assertThat(api.put("arbeidsgiver", "/api/v1/opportunities/" + others, body(null, "Kapret"), "\"0\"")
                .status()).isEqualTo(403);
        assertThat(api.post("arbeidsgiver", "/api/v1/opportunities/" + others + "/status", object("status", "OPEN"),
                "\"0\"").status()).isEqualTo(403);
        ApiClient.Response list = api.get("arbeidsgiver", "/api/v1/opportunities?size=200");
        assertThat(list.status()).isEqualTo(200);
        list.json().path("items").forEach(i -> assertThat(i.path("employerId").asLong()).isEqualTo(own));
        assertThat(list.body()).contains("Bakerlærling, 2027");

        // the pages: own page card, the opportunity, the edit form; another's is 403
        Map<String, String> html = Map.of("Accept", "text/html");
        assertThat(api.send("arbeidsgiver", "GET", "/employers/own", null, null, html).body())
                .contains("Bakerlærling, 2027");
        assertThat(api.send("arbeidsgiver", "GET", "/opportunities/" + mine + "/edit", null, null, html).status())
                .isEqualTo(200);
        assertThat(api.send("arbeidsgiver", "GET", "/opportunities/" + others, null, null, html).status())
                .isEqualTo(403);
        assertThat(api.send("arbeidsgiver", "GET", "/opportunities/" + others + "/edit", null, null, html).status())
                .isEqualTo(403);
        // mentors and candidates see none
        for (String user : List.of("mentor", "kandidat")) {
            assertThat(api.get(user, "/api/v1/opportunities").status()).as(user).isEqualTo(403);
            assertThat(api.get(user, "/api/v1/opportunities/" + mine).status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void badInputGivesFieldErrorsThatFitTheColumns() {
        Map<String, Object> bad = object("employerId", other, "title", "x".repeat(121), "hoursPerWeek", 41,
                "slots", 0, "municipality", "", "county", "Atlantis", "startsOn", "2027-02-01",
                "endsOn", "2027-01-01");
        ApiClient.Response response = api.post("markedskontakt", "/api/v1/opportunities", bad);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).contains("title", "hoursPerWeek", "slots", "type", "municipality");
        ApiClient.Response rules = api.post("markedskontakt", "/api/v1/opportunities",
                object("employerId", 999999999L, "title", "T", "slots", 1, "type", "ORDINARY", "municipality", "Oslo",
                        "county", "Atlantis", "startsOn", "2027-02-01", "endsOn", "2027-01-01"));
        assertThat(rules.status()).isEqualTo(400);
        assertThat(rules.errorFields()).contains("employerId", "county", "endsOn");

        // the page keeps what was typed and says what is wrong, in Norwegian
        ApiClient.Response page = api.send("markedskontakt", "POST", "/opportunities",
                "employerId=" + other + "&title=&slots=abc&type=ORDINARY&municipality=Oslo&county=Oslo"
                        + "&tasks=Behold+meg",
                "application/x-www-form-urlencoded", Map.of("Accept", "text/html"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Behold meg").contains("Skriv en kort tittel");
    }
}
