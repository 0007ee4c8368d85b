package no.treklover.event;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
 * Events end to end over HTTP against PostgreSQL: the organiser's event, employers with generated slots, the booking
 * rules (per employer, per candidate, one interview at a time), the waiting list moved up on a cancellation, two
 * counsellors on the last slot at the same moment, and who sees which candidates.
 */
@IntegrationTest
class EventBookingTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** veileder works at NAV Grünerløkka (0315), veileder2 at NAV Bergen sør (4614). */
    private static final String OSLO_OFFICE = "0315";
    private static final String BERGEN_OFFICE = "4614";

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
    }

    record Case(long candidateId, long processId, String name) {
    }

    private Case newCase(String counsellor) {
        String last = "Messesen" + (char) ('a' + SEQUENCE.incrementAndGet() % 26) + "x" + SEQUENCE.get();
        ApiClient.Response candidate = api.post(counsellor, "/api/v1/candidates", object("nationalId",
                TestPeople.newNationalId(), "firstName", "Tora", "lastName", last));
        assertThat(candidate.status()).as(candidate.body()).isEqualTo(201);
        long process = api.post(counsellor, "/api/v1/processes", object("candidateId", candidate.id())).id();
        return new Case(candidate.id(), process, "Tora " + last);
    }

    private long event(int perEmployer, int perCandidate, List<String> invited) {
        ApiClient.Response created = api.post("markedskontakt", "/api/v1/events", object("type", "JOB_FAIR",
                "title", "Ta sjansen " + SEQUENCE.incrementAndGet(), "date", LocalDate.now().plusDays(10).toString(),
                "startTime", "09:00", "endTime", "15:00", "venue", "Oslo rådhus", "coOrganisers", List.of("0391"),
                "invitedOffices", invited, "maxCandidatesPerEmployer", perEmployer,
                "maxEmployersPerCandidate", perCandidate));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("state").asString()).isEqualTo("DRAFT");
        return created.id();
    }

    private void publish(long event) {
        String etag = api.get("markedskontakt", "/api/v1/events/" + event).header("ETag");
        ApiClient.Response published = api.post("markedskontakt", "/api/v1/events/" + event + "/transitions",
                object("state", "PUBLISHED"), etag);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
    }

    private long employer(int index) {
        return jdbc.sql("select id from employer order by id offset :n limit 1").param("n", index)
                .query(Long.class).single();
    }

    private long arbeidsgiversEmployer() {
        return jdbc.sql("select employer_id from app_user where username = 'arbeidsgiver'").query(Long.class)
                .single();
    }

    /** Adds the employer with slots from..to of 30 minutes; returns the participation id. */
    private long addEmployer(long event, long employerId, String from, String to) {
        ApiClient.Response added = api.post("markedskontakt", "/api/v1/events/" + event + "/employers",
                object("employerId", employerId, "tasks", "Lager og varemottak",
                        "slots", object("slotStart", from, "slotEnd", to, "slotLength", 30, "breaks", List.of())));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.id();
    }

    private JsonNode part(JsonNode event, long partId) {
        for (JsonNode p : event.path("employers")) {
            if (p.path("id").asLong() == partId) {
                return p;
            }
        }
        throw new AssertionError("no participation " + partId + " in " + event);
    }

    private List<Long> slots(long event, long partId) {
        List<Long> ids = new ArrayList<>();
        part(api.get("markedskontakt", "/api/v1/events/" + event).json(), partId).path("slots")
                .forEach(s -> ids.add(s.path("id").asLong()));
        return ids;
    }

    private ApiClient.Response book(String counsellor, long event, long slot, Case c) {
        return api.post(counsellor, "/api/v1/events/" + event + "/bookings",
                object("slotId", slot, "processId", c.processId()));
    }

    @Test
    void slotsAreGeneratedAroundBreaksAndTheEventMovesThroughItsLifecycle() {
        long event = event(4, 2, List.of(OSLO_OFFICE));
        ApiClient.Response added = api.post("markedskontakt", "/api/v1/events/" + event + "/employers",
                object("employerId", employer(0), "tasks", "Kasse",
                        "slots", object("slotStart", "09:00", "slotEnd", "12:00", "breaks", List.of("10:00-10:15"))));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonNode slots = part(api.get("markedskontakt", "/api/v1/events/" + event).json(), added.id()).path("slots");
        // 09:00, 09:30, (break 10:00-10:15), 10:15, 10:45, 11:15 — default 30 minutes, the last ends 11:45
        assertThat(slots.size()).isEqualTo(5);
        assertThat(html("veileder", "/events/" + event).status()).isEqualTo(403);
        publish(event);
        assertThat(html("veileder", "/events/" + event).body()).contains("Ledig").doesNotContain("??");

        String etag = api.get("markedskontakt", "/api/v1/events/" + event).header("ETag");
        ApiClient.Response stale = api.post("markedskontakt", "/api/v1/events/" + event + "/transitions",
                object("state", "HELD"), "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        ApiClient.Response noReason = api.post("markedskontakt", "/api/v1/events/" + event + "/transitions",
                object("state", "CANCELLED"), etag);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).contains("reason");
        ApiClient.Response closedFromPublished = api.post("markedskontakt",
                "/api/v1/events/" + event + "/transitions", object("state", "CLOSED"), etag);
        assertThat(closedFromPublished.status()).isEqualTo(409);
        ApiClient.Response badTimes = api.post("markedskontakt", "/api/v1/events", object("type", "BREAKFAST",
                "title", "Frokost", "date", LocalDate.now().toString(), "startTime", "09:00", "endTime", "08:00",
                "venue", "Kafé"));
        assertThat(badTimes.status()).isEqualTo(400);
        assertThat(badTimes.errorFields()).contains("endTime");
    }

    @Test
    void bookingEnforcesTheEventsRulesAndACancellationMovesTheWaitingListUp() {
        long event = event(2, 2, List.of(OSLO_OFFICE, BERGEN_OFFICE));
        long a = addEmployer(event, employer(1), "09:00", "10:30");
        long b = addEmployer(event, employer(2), "09:00", "10:00");
        long c = addEmployer(event, employer(3), "13:00", "14:00");
        Case one = newCase("veileder");
        Case two = newCase("veileder");
        Case three = newCase("veileder");
        List<Long> slotsA = slots(event, a);
        List<Long> slotsB = slots(event, b);
        List<Long> slotsC = slots(event, c);

        // a draft is not open for booking
        assertThat(book("veileder", event, slotsA.get(0), one).status()).isEqualTo(403);
        publish(event);

        assertThat(book("veileder", event, slotsA.get(0), one).status()).isEqualTo(201);
        ApiClient.Response sameEmployer = book("veileder", event, slotsA.get(1), one);
        assertThat(sameEmployer.status()).isEqualTo(409);
        assertThat(sameEmployer.body()).contains("allerede en tid hos denne arbeidsgiveren");
        ApiClient.Response taken = book("veileder", event, slotsA.get(0), two);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains("booket av noen andre");
        assertThat(book("veileder", event, slotsA.get(1), two).status()).isEqualTo(201);
        ApiClient.Response employerFull = book("veileder", event, slotsA.get(2), three);
        assertThat(employerFull.status()).isEqualTo(409);
        assertThat(employerFull.body()).contains("grensen");

        // one interview at a time: B's 09:00 overlaps one's 09:00 at A
        ApiClient.Response overlap = book("veileder", event, slotsB.get(0), one);
        assertThat(overlap.status()).isEqualTo(409);
        assertThat(overlap.body()).contains("allerede et intervju på det tidspunktet");
        assertThat(book("veileder", event, slotsB.get(1), one).status()).isEqualTo(201);
        // at most two employers per candidate
        ApiClient.Response candidateFull = book("veileder", event, slotsC.get(0), one);
        assertThat(candidateFull.status()).isEqualTo(409);
        assertThat(candidateFull.body()).contains("arbeidsgivere");

        // only the own caseload: veileder2 (Bergen) may not book veileder's (Oslo) case, and it is logged as denied
        assertThat(book("veileder2", event, slotsC.get(0), three).status()).isEqualTo(403);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where candidate_id = :c and resource = 'event-booking'
                   and not allowed""").param("c", three.candidateId()).query(Long.class).single()).isPositive();

        // the waiting list: three waits for A; two's cancellation gives three the freed slot
        ApiClient.Response waiting = api.post("veileder", "/api/v1/events/" + event + "/employers/" + a + "/waiting",
                object("processId", three.processId()));
        assertThat(waiting.status()).as(waiting.body()).isEqualTo(201);
        assertThat(api.post("veileder", "/api/v1/events/" + event + "/employers/" + a + "/waiting",
                object("processId", three.processId())).status()).isEqualTo(409);
        long twosBooking = bookingOf(event, two);
        ApiClient.Response cancelled = api.post("veileder", "/api/v1/events/" + event + "/bookings/" + twosBooking
                + "/cancellation", object());
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        long movedUp = cancelled.json().path("movedUpBookingId").asLong();
        assertThat(movedUp).isPositive();
        assertThat(jdbc.sql("select process_id from event_booking where id = :id").param("id", movedUp)
                .query(Long.class).single()).isEqualTo(three.processId());
        assertThat(jdbc.sql("select slot_id from event_booking where id = :id").param("id", movedUp)
                .query(Long.class).single()).isEqualTo(slotsA.get(1));
        assertThat(jdbc.sql("select count(*) from event_waiting where process_id = :p and left_at is null")
                .param("p", three.processId()).query(Long.class).single()).isZero();
    }

    private long bookingOf(long event, Case c) {
        return jdbc.sql("select id from event_booking where event_id = :e and process_id = :p and cancelled_at is null")
                .param("e", event).param("p", c.processId()).query(Long.class).single();
    }

    @Test
    void twoCounsellorsOnTheLastSlotAtTheSameMomentOneGetsItTheOtherAClearMessage() throws Exception {
        int rounds = 4;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                long event = event(4, 2, List.of(OSLO_OFFICE, BERGEN_OFFICE));
                long part = addEmployer(event, employer(4), "09:00", "09:30");
                long slot = slots(event, part).get(0);
                publish(event);
                Case oslo = newCase("veileder");
                Case bergen = newCase("veileder2");
                CountDownLatch start = new CountDownLatch(1);
                Future<ApiClient.Response> first = pool.submit(() -> {
                    start.await();
                    return book("veileder", event, slot, oslo);
                });
                Future<ApiClient.Response> second = pool.submit(() -> {
                    start.await();
                    return book("veileder2", event, slot, bergen);
                });
                start.countDown();
                List<ApiClient.Response> answers = List.of(first.get(), second.get());
                assertThat(answers).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(201, 409);
                ApiClient.Response loser = answers.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
                assertThat(loser.contentType()).startsWith("application/problem+json");
                assertThat(loser.body()).contains("Tiden ble booket av noen andre akkurat nå");
                assertThat(jdbc.sql("select count(*) from event_booking where slot_id = :s and cancelled_at is null")
                        .param("s", slot).query(Long.class).single()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theEmployerSeesOnlyItsOwnSlotsAndTheCandidatesBookedWithItTheMarketSideNoNames() {
        long own = arbeidsgiversEmployer();
        long other = jdbc.sql("select min(id) from employer where id <> :own").param("own", own).query(Long.class)
                .single();
        long event = event(4, 2, List.of(OSLO_OFFICE));
        long ownPart = addEmployer(event, own, "09:00", "10:00");
        long otherPart = addEmployer(event, other, "09:00", "10:00");
        // a draft is not the employer's to see
        assertThat(api.get("arbeidsgiver", "/api/v1/events/" + event).status()).isEqualTo(403);
        publish(event);
        Case withOwn = newCase("veileder");
        Case withOther = newCase("veileder");
        assertThat(book("veileder", event, slots(event, ownPart).get(0), withOwn).status()).isEqualTo(201);
        assertThat(book("veileder", event, slots(event, otherPart).get(1), withOther).status()).isEqualTo(201);

        ApiClient.Response seen = api.get("arbeidsgiver", "/api/v1/events/" + event);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().path("employers").size()).isEqualTo(1);
        assertThat(seen.json().path("employers").get(0).path("id").asLong()).isEqualTo(ownPart);
        assertThat(seen.body()).contains(withOwn.name()).doesNotContain(withOther.name());
        assertThat(html("arbeidsgiver", "/events/" + event).body()).contains(withOwn.name())
                .doesNotContain(withOther.name());
        assertThat(ids(api.get("arbeidsgiver", "/api/v1/events").json())).contains(event);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry e
                 where e.actor_username = 'arbeidsgiver' and e.allowed and e.candidate_id = :c and e.resource = 'event-booking'""")
                .param("c", withOwn.candidateId()).query(Long.class).single()).isPositive();

        // the market side organises but sees no candidate's identity
        ApiClient.Response organiser = api.get("markedskontakt", "/api/v1/events/" + event);
        assertThat(organiser.body()).doesNotContain(withOwn.name()).doesNotContain(withOther.name());
        assertThat(organiser.json().path("manages").asBoolean()).isTrue();
        // the counsellor of an office not invited sees nothing; the employer creates nothing
        assertThat(api.get("veileder2", "/api/v1/events/" + event).status()).isEqualTo(403);
        assertThat(ids(api.get("veileder2", "/api/v1/events").json())).doesNotContain(event);
        assertThat(api.post("arbeidsgiver", "/api/v1/events", object("type", "BREAKFAST", "title", "x",
                "date", LocalDate.now().toString(), "startTime", "08:00", "endTime", "09:00", "venue", "x"))
                .status()).isEqualTo(403);
        // the employer adjusts its own tasks, never another's
        String version = "\"" + seen.json().path("employers").get(0).path("version").asLong() + "\"";
        assertThat(api.put("arbeidsgiver", "/api/v1/events/" + event + "/employers/" + ownPart + "/tasks",
                object("tasks", "Lager, kasse"), version).status()).isEqualTo(204);
        assertThat(api.put("arbeidsgiver", "/api/v1/events/" + event + "/employers/" + otherPart + "/tasks",
                object("tasks", "Lager"), "\"0\"").status()).isEqualTo(403);
    }

    @Test
    void anOfferAcceptedAfterTheFairMatchesTheCandidatesNeedOnTheBoardAndCreditsTheOrganiser() {
        long own = arbeidsgiversEmployer();
        long event = event(4, 2, List.of(OSLO_OFFICE));
        long part = addEmployer(event, own, "10:00", "11:00");
        publish(event);
        Case c = newCase("veileder");
        ApiClient.Response posted = api.post("veileder", "/api/v1/processes/" + c.processId() + "/needs",
                object("title", "Lager eller butikk", "municipality", "Oslo"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        long booking = book("veileder", event, slots(event, part).get(0), c).id();
        String path = "/api/v1/events/" + event + "/bookings/" + booking;
        assertThat(api.post("arbeidsgiver", path + "/decision", object("decision", "JOB"),
                api.get("arbeidsgiver", path).header("ETag")).status()).isEqualTo(204);

        ApiClient.Response accepted = api.post("veileder", path + "/acceptance", object(),
                api.get("arbeidsgiver", path).header("ETag"));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);
        Map<String, Object> need = jdbc.sql("""
                select n.state, p.employer_id, p.proposer_unit_id, p.accepted_at is not null as accepted
                  from need n join need_proposal p on p.id = n.matched_proposal_id where n.id = :id""")
                .param("id", posted.id()).query().singleRow();
        String organiserUnit = jdbc.sql("select organiser_office_id from event where id = :e").param("e", event)
                .query(String.class).single();
        assertThat(need).containsEntry("state", "MATCHED").containsEntry("employer_id", own)
                .containsEntry("proposer_unit_id", organiserUnit).containsEntry("accepted", true);
        assertThat(jdbc.sql("select action from need_history where need_id = :id order by id")
                .param("id", posted.id()).query(String.class).list()).containsExactly("POST", "PROPOSE", "ACCEPT");
        assertThat(api.get("veileder", "/api/v1/needs/" + posted.id()).json().path("state").asString())
                .isEqualTo("MATCHED");
    }

    @Test
    void theEmployersDecisionAndTheAcceptedOfferReachTheProcessAndTheCandidateChoosesHerCompanion() {
        long own = arbeidsgiversEmployer();
        long other = jdbc.sql("select max(id) from employer where id <> :own").param("own", own).query(Long.class)
                .single();
        long event = event(4, 2, List.of(OSLO_OFFICE));
        long ownPart = addEmployer(event, own, "10:00", "11:00");
        long otherPart = addEmployer(event, other, "10:00", "11:00");
        publish(event);
        Case c = newCase("veileder");
        Case elsewhere = newCase("veileder");
        long booking = book("veileder", event, slots(event, ownPart).get(0), c).id();
        long otherBooking = book("veileder", event, slots(event, otherPart).get(1), elsewhere).id();
        String path = "/api/v1/events/" + event + "/bookings/";

        // the employer reads the consented profile of its own candidate only
        ApiClient.Response profile = api.get("arbeidsgiver", path + booking);
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        assertThat(profile.json().path("candidateName").asString()).isEqualTo(c.name());
        assertThat(api.get("arbeidsgiver", path + otherBooking).status()).isEqualTo(403);
        assertThat(api.post("arbeidsgiver", path + otherBooking + "/decision", object("decision", "NO"), "\"0\"")
                .status()).isEqualTo(403);
        assertThat(html("arbeidsgiver", "/events/" + event + "/bookings/" + booking + "/decision").body())
                .contains(c.name()).doesNotContain("??");

        // an offer cannot be accepted before it is made; then the employer offers a job, the counsellor accepts
        assertThat(api.post("veileder", path + booking + "/acceptance", object(), profile.header("ETag")).status())
                .isEqualTo(409);
        ApiClient.Response decided = api.post("arbeidsgiver", path + booking + "/decision",
                object("decision", "JOB", "feedback", "Stødig og blid, kan begynne i januar"), profile.header("ETag"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(204);
        assertThat(api.post("arbeidsgiver", path + booking + "/decision", object("decision", "NO"),
                profile.header("ETag")).status()).isEqualTo(412);
        String after = api.get("arbeidsgiver", path + booking).header("ETag");
        ApiClient.Response accepted = api.post("veileder", path + booking + "/acceptance", object(), after);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);
        assertThat(jdbc.sql("select employer_id from inclusion_process where id = :p").param("p", c.processId())
                .query(Long.class).single()).isEqualTo(own);
        assertThat(jdbc.sql("""
                select count(*) from process_event where process_id = :p and type = 'NEED_MATCHED'
                   and comment like 'EVENT|%'""").param("p", c.processId()).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = "
                + "(select id from app_user where username = 'veileder') and message_key = 'events.notification.decision'")
                .query(Long.class).single()).isPositive();

        JsonNode summary = api.get("markedskontakt", "/api/v1/events/" + event + "/summary").json();
        assertThat(summary.path("booked").asInt()).isEqualTo(2);
        assertThat(summary.path("met").asInt()).isEqualTo(1);
        assertThat(summary.path("offers").asInt()).isEqualTo(1);
        assertThat(summary.path("starts").asInt()).isEqualTo(1);
        assertThat(api.get("veileder", "/api/v1/events/" + event + "/summary").status()).isEqualTo(403);

        // the employer's own page: its interviews, nothing about the candidate it has not met
        String ownPage = html("arbeidsgiver", "/employers/own").body();
        assertThat(ownPage).contains(c.name()).contains("Tilbud om jobb").doesNotContain(elsewhere.name());
        assertThat(html("veileder", "/events/" + event).body()).contains(c.name()).contains("Tilbudet er akseptert");

        // the candidate, with an account of her own, is told and chooses whether her counsellor joins
        String username = "kand-event-" + SEQUENCE.incrementAndGet();
        jdbc.sql("""
                insert into app_user (username, password_hash, display_name, role, candidate_id)
                values (:u, :hash, 'Tora', 'CANDIDATE', :c)""")
                .param("u", username).param("hash", passwords.encode("demo")).param("c", elsewhere.candidateId())
                .update();
        assertThat(html(username, "/my-events").body()).contains("Vil du at veilederen din skal være med");
        String task = "Velg om veilederen din skal være med på intervjuet hos";
        assertThat(html(username, "/my").body()).as("her home page asks her to choose").contains(task)
                .contains("/my-events#booking-" + otherBooking);
        long version = jdbc.sql("select version from event_booking where id = :b").param("b", otherBooking)
                .query(Long.class).single();
        ApiClient.Response chosen = api.send(username, "POST", "/my-events/" + otherBooking + "/companion",
                "counsellorJoins=true&version=" + version, "application/x-www-form-urlencoded",
                Map.of("Accept", "text/html"));
        assertThat(chosen.status()).isIn(302, 303);
        assertThat(jdbc.sql("select counsellor_joins from event_booking where id = :b").param("b", otherBooking)
                .query(Boolean.class).single()).isTrue();
        assertThat(html(username, "/my-events").body()).contains("checked");
        assertThat(html(username, "/my").body()).as("chosen: no longer a task").doesNotContain(task);
        // never another candidate's booking
        ApiClient.Response foreign = api.send(username, "POST", "/my-events/" + booking + "/companion",
                "counsellorJoins=false&version=0", "application/x-www-form-urlencoded", Map.of("Accept", "text/html"));
        assertThat(foreign.status()).isEqualTo(404);
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.path("id").asLong()));
        return ids;
    }

    private ApiClient.Response html(String user, String path) {
        return api.send(user, "GET", path, null, null, Map.of("Accept", "text/html"));
    }
}
