package no.treklover.matching;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Matching both ways over HTTP against PostgreSQL: the ranking and its explanation, a proposal made from a match on
 * the needs board, who may match, and that every need shown is logged against its candidate.
 */
@IntegrationTest
class MatchingTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    long employer;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        employer = jdbc.sql("select min(id) from employer").query(Long.class).single();
    }

    private long openOpportunity(String title, String tasks, String must, List<String> constraints) {
        ApiClient.Response created = api.post("markedskontakt", "/api/v1/opportunities", object("employerId", employer,
                "title", title, "tasks", tasks, "requirementsMust", must, "hoursPerWeek", 20, "slots", 1,
                "type", "WORK_TRAINING", "municipality", "Oslo", "county", "Oslo", "constraints", constraints));
        assertThat(created.status()).isEqualTo(201);
        assertThat(api.post("markedskontakt", "/api/v1/opportunities/" + created.id() + "/status",
                object("status", "OPEN"), "\"0\"").status()).isEqualTo(200);
        return created.id();
    }

    private long[] postNeed(String title, String interests, String skills) {
        long candidate = api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Matcha", "lastName", "Kandidatsen")).id();
        long process = api.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
        ApiClient.Response need = api.post("veileder", "/api/v1/processes/" + process + "/needs", object(
                "title", title, "interests", interests, "skills", skills, "hoursPerWeek", 20, "municipality", "Oslo",
                "adaptationNeeded", false));
        assertThat(need.status()).isEqualTo(201);
        return new long[] {need.id(), candidate};
    }

    private static JsonNode find(JsonNode matches, long id) {
        for (JsonNode m : matches) {
            if (m.path("id").asLong() == id) {
                return m;
            }
        }
        throw new AssertionError(id + " not among " + matches);
    }

    @Test
    void fromANeedTheFittingOpportunityRanksAboveTheNightShiftAndAClickProposesIt() {
        long bakery = openOpportunity("Bakeri, arbeidstrening " + System.nanoTime(), "Bakst og pakking av brød",
                "Hygienekurs", List.of());
        long night = openOpportunity("Bakeri natt " + System.nanoTime(), "Bakst om natten", "Hygienekurs",
                List.of("NIGHT_WORK"));
        long[] need = postNeed("Bakeri uten nattarbeid", "Bakst, brød", "Hygienekurs");

        ApiClient.Response matches = api.get("markedskontakt", "/api/v1/needs/" + need[0] + "/matches");
        assertThat(matches.status()).isEqualTo(200);
        JsonNode good = find(matches.json().path("matches"), bakery);
        JsonNode bad = find(matches.json().path("matches"), night);
        // bakery: interests «bakeri», «bakst», «brød» 36 → 25 + skills 25 + place 20 + hours 10 + type 10
        // + constraints 10 = 100
        assertThat(good.path("score").asInt()).isEqualTo(100);
        // night: «bakeri», «bakst» 24 + 25 + 20 + 10 + 10 − 20 (night work ruled out) = 69
        assertThat(bad.path("score").asInt()).isEqualTo(69);
        assertThat(bad.path("factors").get(5).path("explanation").asString())
                .isEqualTo("Behovet sier nei til nattarbeid, og arbeidet krever det.");
        assertThat(good.path("factors").get(2).path("explanation").asString()).isEqualTo("Samme kommune (Oslo).");
        assertThat(good.path("mayPropose").asBoolean()).isTrue();
        // nothing is proposed by matching itself
        assertThat(api.get("markedskontakt", "/api/v1/needs/" + need[0]).json().path("proposals").size()).isZero();

        // the page shows the explanation and "Foreslå"; the click proposes on the board through NeedService
        Map<String, String> html = Map.of("Accept", "text/html");
        ApiClient.Response page = api.send("markedskontakt", "GET", "/board/needs/" + need[0] + "/matches", null,
                null, html);
        assertThat(page.status()).isEqualTo(200);
        // each row: its score and one line; the explanation per factor on request (a <details> htmx fills, and
        // without JavaScript a link to the row's own page)
        String explainedPath = "/board/needs/" + need[0] + "/matches/" + night;
        assertThat(page.body()).contains("Foreslå").contains("Samsvar: 69 av 100")
                .contains("Svakest: begrensninger.").contains("hx-get=\"" + explainedPath + "/factors\"")
                .contains("href=\"" + explainedPath + "\"").doesNotContain("Behovet sier nei til nattarbeid");
        ApiClient.Response explained = api.send("markedskontakt", "GET", explainedPath, null, null, html);
        assertThat(explained.status()).isEqualTo(200);
        assertThat(explained.body()).contains("<html").contains("Samsvar: 69 av 100")
                .contains("Behovet sier nei til nattarbeid").contains("Foreslå");
        ApiClient.Response factors = api.send("markedskontakt", "GET", explainedPath + "/factors", null, null, html);
        assertThat(factors.status()).isEqualTo(200);
        assertThat(factors.body()).doesNotContain("<html").contains("<table")
                .contains("Behovet sier nei til nattarbeid").contains("Samme kommune (Oslo).");
        for (String user : List.of("arbeidsgiver", "mentor", "kandidat")) {
            assertThat(api.send(user, "GET", explainedPath + "/factors", null, null, html).status()).as(user)
                    .isEqualTo(403);
        }
        assertThat(api.send("markedskontakt", "GET", "/board/needs/" + need[0] + "/matches/999999999", null, null,
                html).status()).isEqualTo(404);
        ApiClient.Response proposed = api.send("markedskontakt", "POST", "/board/needs/" + need[0] + "/proposals",
                "employerId=" + employer + "&version=" + good.path("needVersion").asLong()
                        + "&comment=Foreslått+fra+matching",
                "application/x-www-form-urlencoded", html);
        assertThat(proposed.status()).isEqualTo(302);
        JsonNode after = api.get("markedskontakt", "/api/v1/needs/" + need[0]).json();
        assertThat(after.path("state").asString()).isEqualTo("PROPOSED");
        assertThat(after.path("proposals").get(0).path("employerId").asLong()).isEqualTo(employer);

        // the counsellor matches her own office's need too; the employer, mentor and candidate never
        assertThat(api.get("veileder", "/api/v1/needs/" + need[0] + "/matches").status()).isEqualTo(200);
        for (String user : List.of("arbeidsgiver", "mentor", "kandidat")) {
            assertThat(api.get(user, "/api/v1/needs/" + need[0] + "/matches").status()).as(user).isEqualTo(403);
        }
        assertThat(api.get("markedskontakt", "/api/v1/needs/999999999/matches").status()).isEqualTo(404);
    }

    /**
     * The ranking from a need, its row's page and its fragment decide and log the need exactly as the need's own read
     * does: one allowed read of resource «need» for the board's purpose per request against the candidate, a denied
     * one per refused request (403), none for an unknown need (404); and «Foreslå» only where the need's own read
     * offers PROPOSE.
     */
    @Test
    void theRankingFromANeedDecidesAndLogsItsNeedAsTheNeedsOwnReadDoes() {
        long opportunity = openOpportunity("Kantine " + System.nanoTime(), "Servering og oppvask", "Hygienekurs",
                List.of());
        long[] need = postNeed("Kantine, dagtid", "Servering", "Hygienekurs");
        String ranking = "/board/needs/" + need[0] + "/matches";
        List<String> paths = List.of("/api/v1/needs/" + need[0] + "/matches", ranking,
                ranking + "/" + opportunity, ranking + "/" + opportunity + "/factors");

        // the need's own read: one allowed entry
        long before = needReads(need[1], true);
        JsonNode own = api.get("markedskontakt", "/api/v1/needs/" + need[0]).json();
        assertThat(needReads(need[1], true)).isEqualTo(before + 1);
        boolean offersPropose = own.path("allowedActions").toString().contains("PROPOSE");
        assertThat(offersPropose).isTrue();
        for (String path : paths) {
            long allowed = needReads(need[1], true);
            assertThat(get("markedskontakt", path).status()).as(path).isEqualTo(200);
            assertThat(needReads(need[1], true)).as(path).isEqualTo(allowed + 1);
        }
        assertThat(find(api.get("markedskontakt", paths.get(0)).json().path("matches"), opportunity)
                .path("mayPropose").asBoolean()).isEqualTo(offersPropose);

        // the counsellor reads her own office's need, but its meeting decides, not she: no «Foreslå», as on its page
        boolean counsellorOffers = api.get("veileder", "/api/v1/needs/" + need[0]).json().path("allowedActions")
                .toString().contains("PROPOSE");
        assertThat(find(api.get("veileder", paths.get(0)).json().path("matches"), opportunity).path("mayPropose")
                .asBoolean()).isEqualTo(counsellorOffers);

        // refused: 403 and a denied entry each, as the need's own read refuses and logs
        for (String user : List.of("arbeidsgiver", "mentor", "kandidat")) {
            long deniedOwn = needReads(need[1], false);
            assertThat(api.get(user, "/api/v1/needs/" + need[0]).status()).as(user).isEqualTo(403);
            long perRequest = needReads(need[1], false) - deniedOwn;
            for (String path : paths) {
                long denied = needReads(need[1], false);
                assertThat(get(user, path).status()).as(user + path).isEqualTo(403);
                assertThat(needReads(need[1], false)).as(user + path).isEqualTo(denied + perRequest);
            }
        }
        // unknown: 404, nothing logged
        long all = needReads(need[1], true) + needReads(need[1], false);
        assertThat(api.get("markedskontakt", "/api/v1/needs/999999999/matches").status()).isEqualTo(404);
        assertThat(get("kandidat", "/board/needs/999999999/matches").status()).isEqualTo(404);
        assertThat(needReads(need[1], true) + needReads(need[1], false)).isEqualTo(all);
    }

    /** The API's paths as JSON, the pages' as HTML. */
    private ApiClient.Response get(String user, String path) {
        return path.startsWith("/api/") ? api.get(user, path)
                : api.send(user, "GET", path, null, null, Map.of("Accept", "text/html"));
    }

    private long needReads(long candidate, boolean allowed) {
        return jdbc.sql("""
                        select count(*) from audit_entry where resource = 'need' and candidate_id = :c
                        and action = 'READ' and purpose = 'NEEDS_BOARD' and allowed = :allowed""")
                .param("c", candidate).param("allowed", allowed).query(Long.class).single();
    }

    @Test
    void fromAnOpportunityTheBoardsOpenNeedsAreRankedAndEachShownIsLogged() {
        long[] fitting = postNeed("Lager med truck", "Lager, truck, varemottak", "Truckførerbevis");
        long opportunity = openOpportunity("Lagermedarbeider " + System.nanoTime(), "Varemottak og truck",
                "Truckførerbevis", List.of("HEAVY_LIFTING"));

        ApiClient.Response matches = api.get("markedskontakt", "/api/v1/opportunities/" + opportunity + "/matches");
        assertThat(matches.status()).isEqualTo(200);
        JsonNode m = find(matches.json().path("matches"), fitting[0]);
        assertThat(m.path("score").asInt()).isGreaterThanOrEqualTo(90);
        assertThat(m.path("employerId").asLong()).isEqualTo(employer);
        assertThat(matches.body()).doesNotContain("Kandidatsen");
        Long logged = jdbc.sql("""
                        select count(*) from audit_entry where actor_username = 'markedskontakt'
                        and resource = 'need-matches' and candidate_id = :c and allowed""")
                .param("c", fitting[1]).query(Long.class).single();
        assertThat(logged).isEqualTo(1);

        Map<String, String> html = Map.of("Accept", "text/html");
        assertThat(api.send("markedskontakt", "GET", "/opportunities/" + opportunity + "/matches", null, null, html)
                .body()).contains("Lager med truck").contains("Foreslå");
        // a row opened: the page and the fragment read the need as the ranking does, and log it the same way
        String explainedPath = "/opportunities/" + opportunity + "/matches/" + fitting[0];
        assertThat(api.send("markedskontakt", "GET", explainedPath, null, null, html).body())
                .contains("Felles: lager, truck, varemottak.").contains("Samsvar: " + m.path("score").asInt() + " av 100");
        ApiClient.Response factors = api.send("markedskontakt", "GET", explainedPath + "/factors", null, null, html);
        assertThat(factors.status()).isEqualTo(200);
        assertThat(factors.body()).contains("Felles: lager, truck, varemottak.").doesNotContain("Kandidatsen");
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where actor_username = 'markedskontakt'
                        and resource = 'need-matches' and candidate_id = :c and allowed""")
                .param("c", fitting[1]).query(Long.class).single()).isEqualTo(4);
        assertThat(api.send("arbeidsgiver", "GET", explainedPath + "/factors", null, null, html).status())
                .isEqualTo(403);
        assertThat(api.send("markedskontakt", "GET", "/opportunities/" + opportunity + "/matches/999999999", null,
                null, html).status()).isEqualTo(404);

        // the Vestland adviser's board holds no Oslo needs; the employer may not match at all
        assertThat(api.get("arbeidsgiver", "/api/v1/opportunities/" + opportunity + "/matches").status())
                .isEqualTo(403);
        assertThat(api.get("mentor", "/api/v1/opportunities/" + opportunity + "/matches").status()).isEqualTo(403);
    }

    /** The readings kept between rankings are read again when a side changes, and never served stale. */
    @Test
    void anEditedOpportunityAndAnAnonymisedNeedAreReadAgainNeverStale() {
        long[] need = postNeed("Lager med truck", "Lager, truck, varemottak", "Truckførerbevis");
        String title = "Lagermedarbeider " + System.nanoTime();
        long opportunity = openOpportunity(title, "Varemottak og truck", "Truckførerbevis", List.of());
        JsonNode before = find(api.get("markedskontakt", "/api/v1/needs/" + need[0] + "/matches").json()
                .path("matches"), opportunity);
        assertThat(before.path("factors").get(0).path("explanation").asString())
                .isEqualTo("Felles: lager, truck, varemottak.");

        // an edit bumps the version: the next ranking reads the new tasks
        assertThat(api.put("markedskontakt", "/api/v1/opportunities/" + opportunity, object("employerId", employer,
                "title", title, "tasks", "Resepsjon og sentralbord", "requirementsMust", "Truckførerbevis",
                "hoursPerWeek", 20, "slots", 1, "type", "WORK_TRAINING", "municipality", "Oslo", "county", "Oslo",
                "constraints", List.of()), "\"1\"").status()).isEqualTo(200);
        JsonNode after = find(api.get("markedskontakt", "/api/v1/needs/" + need[0] + "/matches").json()
                .path("matches"), opportunity);
        assertThat(after.path("factors").get(0).path("explanation").asString()).isEqualTo("Felles: lager.");
        assertThat(after.path("score").asInt()).isLessThan(before.path("score").asInt());

        // the candidate's anonymisation empties the need's text in a trigger, without a new version
        Map<String, String> html = Map.of("Accept", "text/html");
        String factors = "/opportunities/" + opportunity + "/matches/" + need[0] + "/factors";
        assertThat(api.send("markedskontakt", "GET", factors, null, null, html).body()).contains("Felles: lager.");
        long version = jdbc.sql("select version from need where id = :id").param("id", need[0]).query(Long.class)
                .single();
        jdbc.sql("update candidate set anonymised_at = now() where id = :id").param("id", need[1]).update();
        assertThat(jdbc.sql("select version from need where id = :id").param("id", need[0]).query(Long.class)
                .single()).isEqualTo(version);
        assertThat(api.send("markedskontakt", "GET", factors, null, null, html).body())
                .contains("Ingen felles ord mellom interessene og oppgavene.").doesNotContain("Felles: lager.");
    }

    @Test
    void theCounsellorsWeeklyListShowsHerOwnFittingCandidatesAndLogsEach() {
        long candidate = api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Ukeliste", "lastName", "Lagersen", "wishes", "Lager og varemottak",
                "interests", "Truck", "strengths", "Nøyaktig")).id();
        long process = api.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
        long opportunity = openOpportunity("Lagermedarbeider " + System.nanoTime(), "Varemottak og truck",
                "Nøyaktig", List.of());

        ApiClient.Response list = api.get("veileder", "/api/v1/opportunities/" + opportunity + "/my-candidates");
        assertThat(list.status()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode m : list.json().path("matches")) {
            if (m.path("candidateId").asLong() == candidate) {
                mine = m;
            }
        }
        assertThat(mine).as("her own fitting candidate is on the list").isNotNull();
        // interests «lager», «varemottak», «truck» 25 + «nøyaktig» 25 + same county 10 + hours unknown 5 + type 10
        // + constraints 10 = 85
        assertThat(mine.path("score").asInt()).isEqualTo(85);
        assertThat(mine.path("processId").asLong()).isEqualTo(process);
        assertThat(mine.path("name").asString()).isEqualTo("Ukeliste Lagersen");
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where actor_username = 'veileder'
                        and resource = 'opportunity-candidates' and candidate_id = :c and allowed""")
                .param("c", candidate).query(Long.class).single()).isEqualTo(1);
        assertThat(api.send("veileder", "GET", "/opportunities/" + opportunity + "/my-candidates", null, null,
                Map.of("Accept", "text/html")).body()).contains("Ukeliste Lagersen");

        // another office's counsellor never sees her; the market side has no caseload
        assertThat(api.get("veileder2", "/api/v1/opportunities/" + opportunity + "/my-candidates").body())
                .doesNotContain("Lagersen");
        assertThat(api.get("markedskontakt", "/api/v1/opportunities/" + opportunity + "/my-candidates").status())
                .isEqualTo(403);
    }
}
