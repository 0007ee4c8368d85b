package no.treklover.needs;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The needs board end to end over HTTP against PostgreSQL: posting, the local meeting, escalation to the county's
 * Arbeidslivssenter, proposal, acceptance into the process, attribution, who sees what, that the candidate's name and
 * national id never reach the market side, the audit entries, and two people moving one need at the same moment.
 */
@IntegrationTest
class NeedBoardTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** An Arbeidslivssenter adviser of another county (Vestland), who must see nothing of Oslo's needs. */
    private static final String OTHER_COUNTY = "als-vestland";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    ApiClient api;

    record Case(long candidateId, long processId, String name, String nationalId) {
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, office_id) values
                        ('als-vestland', :hash, 'Vera Vestland', 'WORKLIFE_CENTRE_ADVISER', '4691')
                        on conflict (username) do nothing""")
                .param("hash", passwords.encode("demo")).update();
    }

    private Case newCase() {
        String nationalId = TestPeople.newNationalId();
        String last = "Hemmeligsen" + (char) ('a' + SEQUENCE.incrementAndGet() % 26) + "x" + SEQUENCE.get();
        long candidate = api.post("veileder", "/api/v1/candidates", object("nationalId", nationalId,
                "firstName", "Synnøve", "lastName", last, "interests", "Bakst og baking")).id();
        long process = api.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
        return new Case(candidate, process, "Synnøve " + last, nationalId);
    }

    private static Map<String, Object> profile(String title) {
        return object("title", title, "interests", "Bakst", "skills", "Hygienekurs", "experience", "Kantine",
                "hoursPerWeek", 20, "municipality", "Oslo", "adaptationNeeded", true);
    }

    private long post(Case c, String title) {
        ApiClient.Response posted = api.post("veileder", "/api/v1/processes/" + c.processId() + "/needs",
                profile(title));
        assertThat(posted.status()).isEqualTo(201);
        return posted.id();
    }

    private ApiClient.Response html(String user, String path) {
        return api.send(user, "GET", path, null, null, Map.of("Accept", "text/html"));
    }

    private long employer() {
        return jdbc.sql("select min(id) from employer").query(Long.class).single();
    }

    private static void assertNoIdentity(String body, Case c) {
        assertThat(body).doesNotContain(c.name()).doesNotContain(c.nationalId())
                .doesNotContain(c.name().split(" ")[1]);
    }

    @Test
    void aNeedGoesFromTheLocalMeetingToTheArbeidslivssenterAndBackToTheProcessAsItsWorkplace() {
        Case c = newCase();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        String period = "?from=" + today + "&to=" + today;
        long centreBefore = api.get("arbeidslivssenter", "/api/v1/needs/attribution" + period).json()
                .path("total").path("worklifeCentre").asLong();

        ApiClient.Response posted = api.post("veileder", "/api/v1/processes/" + c.processId() + "/needs",
                profile("Bakeri, deltid"));
        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.header("ETag")).isEqualTo("\"0\"");
        long need = posted.id();
        assertThat(posted.json().path("state").asString()).isEqualTo("OPEN");
        assertThat(posted.json().path("level").asString()).isEqualTo("LOCAL");
        assertNoIdentity(posted.body(), c);

        // the market contact of the office: list, one need, board, meeting mode; never the candidate
        ApiClient.Response list = api.get("markedskontakt", "/api/v1/needs?state=OPEN&size=200");
        assertThat(list.status()).isEqualTo(200);
        assertThat(ids(list.json().path("items"))).contains(need);
        assertNoIdentity(list.body(), c);
        ApiClient.Response one = api.get("markedskontakt", "/api/v1/needs/" + need);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().path("allowedActions").toString()).contains("PROPOSE", "ESCALATE", "CLOSE");
        assertThat(one.json().path("mayAccept").asBoolean()).isFalse();
        // no consent to share adaptation needs with employers: the board says only that some are needed
        assertThat(one.json().path("adaptationNeeded").asBoolean()).isTrue();
        assertThat(one.json().path("adaptationText").isNull()).isTrue();
        assertNoIdentity(one.body(), c);
        for (String page : List.of("/board", "/board/needs/" + need, "/board/meeting?large=true",
                "/board/attribution")) {
            ApiClient.Response shown = html("markedskontakt", page);
            assertThat(shown.status()).as(page).isEqualTo(200);
            assertNoIdentity(shown.body(), c);
        }
        // (the board shows the oldest needs per column first; earlier tests leave many, so the need's own page)
        assertThat(html("markedskontakt", "/board/needs/" + need).body()).contains("Bakeri, deltid");

        // not escalated yet: the county's adviser does not see it, the other county's neither
        assertThat(api.get("arbeidslivssenter", "/api/v1/needs/" + need).status()).isEqualTo(403);
        assertThat(ids(api.get("arbeidslivssenter", "/api/v1/needs?size=200").json().path("items")))
                .doesNotContain(need);

        // the local meeting escalates it (If-Match required, then the version moves)
        Map<String, Object> escalate = object("action", "ESCALATE", "comment", "Ingen lokale treff");
        assertThat(api.post("markedskontakt", "/api/v1/needs/" + need + "/transitions", escalate).status())
                .isEqualTo(428);
        ApiClient.Response escalated = api.post("markedskontakt", "/api/v1/needs/" + need + "/transitions",
                escalate, "\"0\"");
        assertThat(escalated.status()).isEqualTo(200);
        assertThat(escalated.header("ETag")).isEqualTo("\"1\"");
        assertThat(escalated.json().path("level").asString()).isEqualTo("WORKLIFE_CENTRE");

        // now the Oslo adviser sees and works on it; Vestland's adviser sees nothing of it
        ApiClient.Response adviserView = api.get("arbeidslivssenter", "/api/v1/needs/" + need);
        assertThat(adviserView.status()).isEqualTo(200);
        assertNoIdentity(adviserView.body(), c);
        // the card's texts formatted from the bundle with their numbers, never a raw pattern
        assertThat(html("arbeidslivssenter", "/board").body()).contains("Bakeri, deltid", "meldt i dag")
                .doesNotContain("{0");
        assertNoIdentity(html("arbeidslivssenter", "/board/needs/" + need).body(), c);
        assertThat(api.get(OTHER_COUNTY, "/api/v1/needs/" + need).status()).isEqualTo(403);
        assertThat(ids(api.get(OTHER_COUNTY, "/api/v1/needs?size=200").json().path("items"))).doesNotContain(need);
        assertThat(html(OTHER_COUNTY, "/board").body()).doesNotContain("/board/needs/" + need + "\"");
        assertThat(html(OTHER_COUNTY, "/board/needs/" + need).status()).isEqualTo(403);
        // the office's market contact follows it but no longer decides on it
        assertThat(api.post("markedskontakt", "/api/v1/needs/" + need + "/proposals",
                object("employerId", employer()), "\"1\"").status()).isEqualTo(403);

        ApiClient.Response proposed = api.post("arbeidslivssenter", "/api/v1/needs/" + need + "/proposals",
                object("employerId", employer(), "comment", "Har mentor ledig"), "\"1\"");
        assertThat(proposed.status()).isEqualTo(201);
        assertThat(proposed.json().path("state").asString()).isEqualTo("PROPOSED");
        JsonNode proposal = proposed.json().path("proposals").get(0);
        assertThat(proposal.path("proposerName").asString()).isEqualTo("Aina Arbeidslivssenter");
        assertThat(proposal.path("proposerUnit").asString()).isEqualTo("NAV Arbeidslivssenter Oslo");
        long proposalId = proposal.path("id").asLong();
        String etag = proposed.header("ETag");

        // the counsellor is notified, without the candidate's name
        String notification = jdbc.sql("""
                        select n.arguments::text from notification n join app_user u on u.id = n.recipient_id
                        where u.username = 'veileder' and n.link = :link""")
                .param("link", "/board/needs/" + need).query(String.class).single();
        assertThat(notification).contains("Bakeri, deltid");
        assertThat(notification).doesNotContain(c.name());

        // only the counsellor accepts; the process gets the workplace and the timeline says where it came from
        assertThat(api.post("arbeidslivssenter", "/api/v1/needs/" + need + "/proposals/" + proposalId
                + "/acceptance", object(), etag).status()).isEqualTo(403);
        ApiClient.Response accepted = api.post("veileder", "/api/v1/needs/" + need + "/proposals/" + proposalId
                + "/acceptance", object("comment", "Oppstart mandag"), etag);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().path("state").asString()).isEqualTo("MATCHED");
        assertThat(jdbc.sql("select employer_id from inclusion_process where id = :id").param("id", c.processId())
                .query(Long.class).single()).isEqualTo(employer());
        String origin = jdbc.sql("select comment from process_event where process_id = :id and type = 'NEED_MATCHED'")
                .param("id", c.processId()).query(String.class).single();
        assertThat(origin).startsWith("WORKLIFE_CENTRE|Aina Arbeidslivssenter|NAV Arbeidslivssenter Oslo|");
        assertThat(html("veileder", "/processes/" + c.processId()).body())
                .contains("Arbeidsplass fra markedstavla", "Arbeidslivssenterets tavlemøte");

        assertThat(accepted.json().path("history").findValuesAsString("action"))
                .containsExactly("ACCEPT", "PROPOSE", "ESCALATE", "POST");

        // attribution: one more match at the Arbeidslivssenter today, by Aina
        JsonNode report = api.get("arbeidslivssenter", "/api/v1/needs/attribution" + period).json();
        assertThat(report.path("total").path("worklifeCentre").asLong()).isEqualTo(centreBefore + 1);
        assertThat(report.path("byProposer").findValuesAsString("key")).contains("Aina Arbeidslivssenter");
        assertThat(html("arbeidslivssenter", "/board/attribution.csv?from=" + today + "&to=" + today).body())
                .contains("proposer;Aina Arbeidslivssenter;NAV Arbeidslivssenter Oslo;");

        // every read by the market side is in the audit log against the candidate; the denial too
        List<String> audit = jdbc.sql("""
                        select actor_username || ':' || resource || ':' || action || ':' || allowed from audit_entry
                        where candidate_id = :c""")
                .param("c", c.candidateId()).query(String.class).list();
        assertThat(audit).contains("markedskontakt:need:READ:true", "markedskontakt:needs-board:READ:true",
                "arbeidslivssenter:need:READ:true", "arbeidslivssenter:need:WRITE:true",
                "als-vestland:need:READ:false", "arbeidslivssenter:need:READ:false");
    }

    @Test
    void employersMentorsAndCandidatesNeverSeeTheBoard() {
        long need = post(newCase(), "Lager");
        for (String user : List.of("arbeidsgiver", "mentor", "kandidat", "personvernombud", "beslutter")) {
            assertThat(api.get(user, "/api/v1/needs").status()).as(user).isEqualTo(403);
            assertThat(api.get(user, "/api/v1/needs/" + need).status()).as(user).isEqualTo(403);
            assertThat(html(user, "/board").status()).as(user).isEqualTo(403);
            assertThat(html(user, "/board/meeting").status()).as(user).isEqualTo(403);
        }
        // a counsellor of another office neither sees it nor posts from this office's processes
        assertThat(api.get("veileder2", "/api/v1/needs/" + need).status()).isEqualTo(403);
    }

    @Test
    void badInputIsAFieldErrorAndTheAdaptationTextNeedsConsent() {
        Case c = newCase();
        ApiClient.Response missing = api.post("veileder", "/api/v1/processes/" + c.processId() + "/needs",
                object("hoursPerWeek", 41, "interests", "x".repeat(1001)));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactlyInAnyOrder("title", "municipality", "hoursPerWeek",
                "interests");
        Map<String, Object> withText = profile("Kontor");
        withText.put("adaptationText", "Trenger hev-senk-pult");
        ApiClient.Response noConsent = api.post("veileder", "/api/v1/processes/" + c.processId() + "/needs",
                withText);
        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.errorFields()).containsExactly("adaptationText");

        long need = post(c, "Kontor");
        assertThat(api.post("veileder", "/api/v1/processes/" + c.processId() + "/needs", profile("To")).status())
                .isEqualTo(409);
        ApiClient.Response noReason = api.post("markedskontakt", "/api/v1/needs/" + need + "/transitions",
                object("action", "CLOSE"), "\"0\"");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("closeReason");
        ApiClient.Response notAllowed = api.post("markedskontakt", "/api/v1/needs/" + need + "/transitions",
                object("action", "ARRANGE_MEETING"), "\"0\"");
        assertThat(notAllowed.errorFields()).containsExactly("action");
        ApiClient.Response unknown = api.post("markedskontakt", "/api/v1/needs/" + need + "/proposals",
                object("employerId", 987_654_321L), "\"0\"");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("employerId");
        assertThat(api.post("markedskontakt", "/api/v1/needs/" + need + "/transitions",
                object("action", "POSTPONE"), "\"7\"").status()).isEqualTo(412);
        assertThat(api.get("markedskontakt", "/api/v1/needs/999999999").status()).isEqualTo(404);
        assertThat(api.get("markedskontakt", "/api/v1/needs?size=500").errorFields()).containsExactly("size");
        assertThat(api.get("markedskontakt", "/api/v1/needs/attribution?from=2026-12-01&to=2026-11-01")
                .errorFields()).containsExactly("to");
    }

    @Test
    void twoPeopleMovingTheSameNeedAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                long need = post(newCase(), "Samtidig " + round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ApiClient.Response>> answers = new ArrayList<>();
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.post("markedskontakt", "/api/v1/needs/" + need + "/transitions",
                            object("action", "ESCALATE"), "\"0\"");
                }));
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.post("veileder", "/api/v1/needs/" + need + "/transitions",
                            object("action", "CLOSE", "closeReason", "PLACED_ELSEWHERE"), "\"0\"");
                }));
                start.countDown();
                List<ApiClient.Response> responses = new ArrayList<>();
                for (Future<ApiClient.Response> answer : answers) {
                    responses.add(answer.get());
                }
                assertThat(responses.stream().filter(r -> r.status() == 200)).as("round " + round).hasSize(1);
                ApiClient.Response loser = responses.stream().filter(r -> r.status() != 200).findFirst().orElseThrow();
                assertThat(loser.status()).isIn(409, 412);
                assertThat(loser.contentType()).startsWith("application/problem+json");
                assertThat(loser.json().path("detail").asString()).contains("Noen andre");
                long historyRows = jdbc.sql("select count(*) from need_history where need_id = :id")
                        .param("id", need).query(Long.class).single();
                assertThat(historyRows).isEqualTo(2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theMeetingFormKeepsWhatWasTypedWhenSomeoneElseMovedTheNeedFirst() {
        long need = post(newCase(), "Skjema");
        assertThat(api.post("markedskontakt", "/api/v1/needs/" + need + "/transitions",
                object("action", "POSTPONE"), "\"0\"").status()).isEqualTo(200);
        ApiClient.Response stale = api.send("markedskontakt", "POST", "/board/needs/" + need + "/transitions",
                "action=CLOSE&closeReason=NO_MATCH&comment=Mitt+notat+fra+m%C3%B8tet&version=0",
                "application/x-www-form-urlencoded", Map.of("Accept", "text/html"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Noen andre endret behovet samtidig", "Mitt notat fra møtet");
        assertThat(api.get("markedskontakt", "/api/v1/needs/" + need).json().path("state").asString())
                .isEqualTo("OPEN");
    }

    private static List<Long> ids(JsonNode items) {
        List<Long> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }
}
