package no.treklover.api;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ProcessApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private long newCandidate(String counsellor) {
        return api.post(counsellor, "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Test", "lastName", "Kandidat", "wishes", "Lager")).id();
    }

    private ApiClient.Response start(long candidateId) {
        return api.post("veileder", "/api/v1/processes", object("candidateId", candidateId, "goals", null));
    }

    private ApiClient.Response move(long processId, String toPhase, String comment, String etag) {
        return api.post("veileder", "/api/v1/processes/" + processId + "/transitions",
                object("toPhase", toPhase, "comment", comment), etag);
    }

    private static Map<String, Object> details(JsonNode process) {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        process.path("details").properties().forEach(e -> details.put(e.getKey(),
                e.getValue().isNull() ? null : e.getValue().isBoolean() ? e.getValue().asBoolean()
                        : e.getValue().isNumber() ? e.getValue().asLong() : e.getValue().asString()));
        return details;
    }

    @Test
    void aProcessMovesThroughEveryPhaseWhenWhatEachNeedsIsRecorded() {
        long candidateId = newCandidate("veileder");
        ApiClient.Response started = start(candidateId);
        assertThat(started.status()).isEqualTo(201);
        assertThat(started.header("Location")).isEqualTo("/api/v1/processes/" + started.id());
        assertThat(started.json().path("phase").asString()).isEqualTo("ASSESSMENT");
        long id = started.id();
        String path = "/api/v1/processes/" + id;

        ApiClient.Response r = move(id, "EMPLOYER_CONTACT", null, started.header("ETag"));
        assertThat(r.status()).isEqualTo(200);

        // No workplace and no mentor yet: both are named.
        ApiClient.Response refused = move(id, "MENTOR_IDENTIFIED", null, r.header("ETag"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("employerId", "mentorName");

        long employerId = jdbc.sql("select min(id) from employer").query(Long.class).single();
        Map<String, Object> d = details(r.json());
        d.put("employerId", employerId);
        d.put("counsellorKnewEmployer", true);
        d.put("attachmentAtStart", "WORK_TRAINING");
        d.put("initiative", "COUNSELLOR");
        d.put("mentorName", "Mona Mentor");
        d.put("mentorPhone", "912 34 567");
        // the employers contacted before one was chosen, the chosen one included: 1 to 500 (BRIEF §3.2)
        for (int outside : new int[] {0, 501}) {
            d.put("employersContacted", outside);
            ApiClient.Response tooMany = api.put("veileder", path, d, r.header("ETag"));
            assertThat(tooMany.status()).isEqualTo(400);
            assertThat(tooMany.errorFields()).containsExactly("employersContacted");
            assertThat(tooMany.body()).contains("fra 1 til 500");
        }
        d.put("employersContacted", 4);
        r = api.put("veileder", path, d, r.header("ETag"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("details").path("employersContacted").asInt()).isEqualTo(4);
        r = move(id, "MENTOR_IDENTIFIED", null, r.header("ETag"));
        assertThat(r.status()).isEqualTo(200);

        assertThat(move(id, "START_UP", null, r.header("ETag")).errorFields()).containsExactly("startDate");
        d.put("startDate", "2026-12-01");
        r = api.put("veileder", path, d, r.header("ETag"));
        r = move(id, "START_UP", null, r.header("ETag"));
        assertThat(r.json().path("phase").asString()).isEqualTo("START_UP");

        d.put("goals", "Lære varemottak og kasse");
        r = api.put("veileder", path, d, r.header("ETag"));
        r = move(id, "FOLLOW_UP", null, r.header("ETag"));
        assertThat(r.json().path("phase").asString()).isEqualTo("FOLLOW_UP");
        assertThat(r.json().path("open").asBoolean()).isTrue();

        // Avslutning needs an outcome, an end date and the attachment to the company at the end.
        assertThat(move(id, "CLOSURE", null, r.header("ETag")).errorFields())
                .containsExactlyInAnyOrder("outcome", "endDate", "attachedAtEnd");
        d.put("outcome", "ORDINARY_JOB");
        d.put("endDate", "2027-05-31");
        r = api.put("veileder", path, d, r.header("ETag"));
        ApiClient.Response withoutAttachment = move(id, "CLOSURE", null, r.header("ETag"));
        assertThat(withoutAttachment.status()).isEqualTo(400);
        assertThat(withoutAttachment.errorFields()).containsExactly("attachedAtEnd");
        assertThat(withoutAttachment.body()).contains("tilknyttet bedriften ved slutt");
        d.put("attachedAtEnd", "SAME_EMPLOYER");
        r = api.put("veileder", path, d, r.header("ETag"));
        r = move(id, "CLOSURE", null, r.header("ETag"));
        assertThat(r.json().path("phase").asString()).isEqualTo("CLOSURE");
        assertThat(r.json().path("details").path("attachedAtEnd").asString()).isEqualTo("SAME_EMPLOYER");
        assertThat(r.json().path("open").asBoolean()).isFalse();
        // Etterkontroll needs the status twelve months after the end, and a date no earlier than that.
        assertThat(move(id, "POST_CHECK", null, r.header("ETag")).errorFields())
                .containsExactlyInAnyOrder("followUpStatus", "postCheckDate");
        d.put("followUpStatus", "STILL_EMPLOYED");
        d.put("postCheckDate", "2028-05-30");
        r = api.put("veileder", path, d, r.header("ETag"));
        ApiClient.Response early = move(id, "POST_CHECK", null, r.header("ETag"));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.errorFields()).containsExactly("postCheckDate");
        assertThat(early.body()).contains("31.05.2028");
        d.put("postCheckDate", "2028-05-31");
        r = api.put("veileder", path, d, r.header("ETag"));
        r = move(id, "POST_CHECK", null, r.header("ETag"));
        assertThat(r.json().path("phase").asString()).isEqualTo("POST_CHECK");
        assertThat(r.json().path("details").path("postCheckDate").asString()).isEqualTo("2028-05-31");

        JsonNode timeline = api.get("veileder", path + "/timeline").json();
        List<String> types = new ArrayList<>();
        timeline.forEach(event -> types.add(event.path("type").asString()));
        assertThat(types).containsSubsequence("PHASE_FORWARD", "PHASE_FORWARD", "CREATED");
        assertThat(types.stream().filter("PHASE_FORWARD"::equals)).hasSize(6);
        assertThat(timeline.get(0).path("actorId").isNull()).isFalse();
    }

    @Test
    void phaseJumpsAreRefusedAndGoingBackNeedsAComment() {
        ApiClient.Response started = start(newCandidate("veileder"));
        long id = started.id();

        ApiClient.Response jump = move(id, "START_UP", null, started.header("ETag"));
        assertThat(jump.status()).isEqualTo(400);
        assertThat(jump.errorFields()).containsExactly("toPhase");

        ApiClient.Response forward = move(id, "EMPLOYER_CONTACT", null, started.header("ETag"));
        ApiClient.Response backWithout = move(id, "ASSESSMENT", "", forward.header("ETag"));
        assertThat(backWithout.errorFields()).containsExactly("comment");
        ApiClient.Response back = move(id, "ASSESSMENT", "Kandidaten vil kartlegge mer", forward.header("ETag"));
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.json().path("phase").asString()).isEqualTo("ASSESSMENT");
        JsonNode latest = api.get("veileder", "/api/v1/processes/" + id + "/timeline").json().get(0);
        assertThat(latest.path("type").asString()).isEqualTo("PHASE_BACK");
        assertThat(latest.path("comment").asString()).isEqualTo("Kandidaten vil kartlegge mer");
        // Who did it, by name as on the process page, not only by id.
        String veileder = jdbc.sql("select display_name from app_user where username = 'veileder'")
                .query(String.class).single();
        assertThat(latest.path("actorName").asString()).isEqualTo(veileder).isNotBlank();
    }

    @Test
    void aCandidateHasAtMostOneOpenProcess() {
        long candidateId = newCandidate("veileder");
        assertThat(start(candidateId).status()).isEqualTo(201);

        ApiClient.Response second = start(candidateId);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("detail").asString()).contains("åpent forløp");
    }

    @Test
    void unknownProcessIs404AndAnotherOfficesIs403() {
        long id = start(newCandidate("veileder")).id();

        assertThat(api.get("veileder", "/api/v1/processes/987654321").status()).isEqualTo(404);
        assertThat(api.get("veileder2", "/api/v1/processes/" + id).status()).isEqualTo(403);
        assertThat(api.get("beslutter", "/api/v1/processes/" + id).status()).isEqualTo(403);
        assertThat(api.get("veileder", "/api/v1/processes/abc").status()).isEqualTo(400);
    }

    @Test
    void changesWithoutOrWithAnOldVersionAreRefused() {
        ApiClient.Response started = start(newCandidate("veileder"));
        String path = "/api/v1/processes/" + started.id();
        Map<String, Object> d = details(started.json());
        d.put("nextAction", "Ringe kandidaten");

        assertThat(api.put("veileder", path, d, null).status()).isEqualTo(428);
        assertThat(api.put("veileder", path, d, "\"9\"").status()).isEqualTo(412);
        ApiClient.Response saved = api.put("veileder", path, d, started.header("ETag"));
        assertThat(saved.status()).isEqualTo(200);
        d.put("nextAction", "Noe annet");
        ApiClient.Response lost = api.put("veileder", path, d, started.header("ETag"));
        assertThat(lost.status()).isEqualTo(412);
        assertThat(lost.json().path("detail").asString()).contains("Noen andre har lagret");
        assertThat(api.get("veileder", path).json().path("details").path("nextAction").asString())
                .isEqualTo("Ringe kandidaten");
    }

    @Test
    void twoConcurrentEditsOfTheSameVersionNeverBothWin() throws Exception {
        ApiClient.Response started = start(newCandidate("veileder"));
        String path = "/api/v1/processes/" + started.id();
        String etag = started.header("ETag");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (String text : List.of("Fra tråd A", "Fra tråd B")) {
            Map<String, Object> d = details(started.json());
            d.put("nextAction", text);
            results.add(pool.submit(() -> {
                go.await();
                return api.put("veileder", path, d, etag).status();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnlyOnce(200);
        assertThat(statuses).allMatch(status -> status == 200 || status == 409 || status == 412);
        JsonNode stored = api.get("veileder", path).json();
        assertThat(stored.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void measuresHaveAPeriodAndChangeTheVersion() {
        ApiClient.Response started = start(newCandidate("veileder"));
        String path = "/api/v1/processes/" + started.id() + "/measures";

        ApiClient.Response invalid = api.post("veileder", path,
                object("type", "MENTOR", "startDate", "2026-06-01", "endDate", "2026-01-01"), started.header("ETag"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorFields()).containsExactly("endDate");

        ApiClient.Response added = api.post("veileder", path,
                object("type", "MENTOR", "startDate", "2026-01-01", "endDate", "2026-06-30"), started.header("ETag"));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.header("ETag")).isNotEqualTo(started.header("ETag"));
        long measureId = added.json().path("measures").get(0).path("id").asLong();

        assertThat(api.delete("veileder", path + "/" + measureId, started.header("ETag")).status()).isEqualTo(412);
        assertThat(api.delete("veileder", path + "/" + measureId, added.header("ETag")).status()).isEqualTo(204);
    }

    @Test
    void theCandidateSeesOwnProcessesOnly() {
        ApiClient.Response own = api.get("kandidat", "/api/v1/me/processes");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().size()).isGreaterThanOrEqualTo(1);
        assertThat(own.json().get(0).path("phase").asString()).isEqualTo("FOLLOW_UP");
        // The counsellor's name and phone, as /my shows them.
        Map<String, Object> counsellor = jdbc.sql("select display_name, phone from app_user where id = ?")
                .param(own.json().get(0).path("counsellorId").asLong()).query().singleRow();
        assertThat(own.json().get(0).path("counsellorName").asString()).isEqualTo(counsellor.get("display_name"))
                .isNotBlank();
        assertThat(own.json().get(0).path("counsellorPhone").asString()).isEqualTo(counsellor.get("phone"))
                .isNotBlank();

        long someoneElses = start(newCandidate("veileder")).id();
        assertThat(api.get("kandidat", "/api/v1/processes/" + someoneElses).status()).isEqualTo(403);
        assertThat(api.post("kandidat", "/api/v1/processes", object("candidateId", 1)).status()).isEqualTo(403);
    }

    @Test
    void theCaseloadFiltersSortsAndPages() {
        JsonNode page = api.get("veileder", "/api/v1/processes?size=10&sort=NAME").json();
        assertThat(page.path("items").size()).isEqualTo(10);
        assertThat(page.path("totalItems").asLong()).isGreaterThan(50);

        JsonNode overdue = api.get("veileder", "/api/v1/processes?overdueOnly=true&size=200").json();
        overdue.path("items").forEach(row -> assertThat(row.path("overdue").asBoolean()).isTrue());

        JsonNode followUp = api.get("veileder", "/api/v1/processes?phase=FOLLOW_UP&size=200").json();
        assertThat(followUp.path("items").size()).isPositive();
        followUp.path("items").forEach(row -> assertThat(row.path("phase").asString()).isEqualTo("FOLLOW_UP"));

        JsonNode priority = api.get("veileder", "/api/v1/processes?size=5").json();
        assertThat(priority.path("items").get(0).path("overdue").asBoolean()).isTrue();

        JsonNode none = api.get("veileder", "/api/v1/processes?search=%25%5C_ingen").json();
        assertThat(none.path("totalItems").asLong()).isZero();

        ApiClient.Response badPhase = api.get("veileder", "/api/v1/processes?phase=NOPE");
        assertThat(badPhase.status()).isEqualTo(400);
        assertThat(badPhase.errorFields()).containsExactly("phase");
        assertThat(badPhase.body()).contains("Verdien har feil format");
        assertThat(api.get("kandidat", "/api/v1/processes").status()).isEqualTo(403);
        ApiClient.Response nationalIdInUrl = api.get("veileder", "/api/v1/processes?search=01019012345");
        assertThat(nationalIdInUrl.status()).isEqualTo(400);
        assertThat(nationalIdInUrl.errorFields()).containsExactly("search");
    }
}
