package no.treklover.api;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Throws a few hundred generated malformed requests at the API: wrong JSON types, broken JSON, huge
 * strings, odd unicode, bad ids and parameters. None may produce a 500, and every refusal is problem+json.
 */
@IntegrationTest
class BadInputTest {

    private static final List<String> PROCESS_FIELDS = List.of("employerId", "counsellorKnewEmployer",
            "attachmentAtStart", "initiative", "mentorName", "mentorPhone", "mentorEmail", "mentorRole", "goals",
            "startDate", "endDate", "outcome", "outcomeNote", "followUpStatus", "nextAction", "nextActionDue",
            "measureJustification", "postCheckDate", "attachedAtEnd", "employersContacted");
    private static final List<String> CANDIDATE_FIELDS = List.of("nationalId", "firstName", "lastName", "phone",
            "email", "effortGroup", "wishes", "interests", "strengths", "experience", "education", "adaptationNeeds");
    private static final List<String> EMPLOYER_FIELDS = List.of("orgNumber", "name", "industry", "municipality",
            "contactName", "contactPhone", "contactEmail");

    private static final List<String> OPPORTUNITY_FIELDS = List.of("employerId", "subUnitId", "title", "tasks",
            "requirementsMust", "requirementsNice", "trainingOffered", "mentorAvailable", "hoursPerWeek", "slots",
            "type", "hireChance", "startsOn", "endsOn", "municipality", "county", "constraints");

    private static final List<String> EMPLOYER_CONTACT_FIELDS = List.of("kind", "contactedAt", "nextContactOn",
            "form", "purpose", "contactPersonId", "contactPersonName", "contactPersonRole", "contactPersonPhone",
            "note");

    @LocalServerPort
    int port;

    private final Random random = new Random(20261123);

    @Test
    void noMalformedRequestProducesAServerError() {
        ApiClient api = new ApiClient(port);
        long candidateId = api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Fuzz", "lastName", "Testesen")).id();
        long processId = api.post("veileder", "/api/v1/processes", object("candidateId", candidateId)).id();
        long opportunityId = api.post("markedskontakt", "/api/v1/opportunities", object("employerId", 1,
                "title", "Fuzz", "slots", 1, "type", "ORDINARY", "municipality", "Oslo", "county", "Oslo")).id();

        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (int i = 0; i < 60; i++) {
            sent += check(api, failures, "POST", "/api/v1/candidates", randomBody(CANDIDATE_FIELDS), null);
            sent += check(api, failures, "PUT", "/api/v1/candidates/" + candidateId, randomBody(CANDIDATE_FIELDS),
                    "\"" + random.nextInt(3) + "\"");
            sent += check(api, failures, "PUT", "/api/v1/processes/" + processId, randomBody(PROCESS_FIELDS),
                    randomEtag());
            sent += check(api, failures, "POST", "/api/v1/processes/" + processId + "/transitions",
                    randomBody(List.of("toPhase", "comment")), randomEtag());
            sent += check(api, failures, "POST", "/api/v1/processes/" + processId + "/measures",
                    randomBody(List.of("type", "startDate", "endDate")), randomEtag());
            sent += check(api, failures, "POST", "/api/v1/processes", randomBody(List.of("candidateId", "goals")), null);
            sent += check(api, failures, "POST", "/api/v1/employers", randomBody(EMPLOYER_FIELDS), null);
            sent += check(api, failures, "POST", "/api/v1/employers/1/contacts", randomBody(EMPLOYER_CONTACT_FIELDS),
                    null);
            // opportunities as the market contact, who may write them, so the input reaches validation
            sent += check(api, failures, "markedskontakt", "POST", "/api/v1/opportunities",
                    randomBody(OPPORTUNITY_FIELDS), null);
            sent += check(api, failures, "markedskontakt", "PUT", "/api/v1/opportunities/" + opportunityId,
                    randomBody(OPPORTUNITY_FIELDS), randomEtag());
            sent += check(api, failures, "markedskontakt", "POST", "/api/v1/opportunities/" + opportunityId
                    + "/status", randomBody(List.of("status")), randomEtag());
        }
        for (String path : List.of("/api/v1/opportunities?status=NOPE&type=X&page=-1",
                "/api/v1/opportunities?employer=" + "%25".repeat(300) + "&municipality=%5C",
                "/api/v1/opportunities?page=2147483647&size=200", "/api/v1/opportunities/abc/matches",
                "/api/v1/opportunities/99999999999999999999", "/api/v1/needs/abc/matches")) {
            sent += check(api, failures, "markedskontakt", "GET", path, null, null);
        }
        for (String path : List.of("/api/v1/processes/abc", "/api/v1/processes/-1", "/api/v1/processes/1e3",
                "/api/v1/processes/99999999999999999999", "/api/v1/candidates/%F0%9F%98%80",
                "/api/v1/processes?page=-5&size=100000", "/api/v1/processes?sort=BAD&status=X&scope=Y",
                "/api/v1/processes?search=" + "%25".repeat(500), "/api/v1/processes?search=%5C",
                "/api/v1/processes?overdueOnly=maybe", "/api/v1/candidates?search=%27%3B+drop+table+candidate%3B--",
                "/api/v1/employers?size=0&page=99999999", "/api/v1/processes/" + processId + "/measures/xyz",
                "/api/v1/candidates?page=100000000&size=100", "/api/v1/employers?page=2147483647&size=20",
                "/api/v1/processes?page=2147483647&size=200", "/api/v1/me/notifications?page=2147483647",
                "/api/v1/nothing-here")) {
            sent += check(api, failures, "GET", path, null, null);
        }
        for (String contentType : List.of("text/plain", "application/xml", "application/json; charset=latin1")) {
            ApiClient.Response r = api.send("veileder", "POST", "/api/v1/candidates", "{\"a\":1}", contentType,
                    Map.of());
            sent++;
            record(failures, "POST /api/v1/candidates as " + contentType, r);
        }
        sent += check(api, failures, "DELETE", "/api/v1/processes/" + processId, null, "\"0\"");
        ApiClient.Response tooLarge = api.send("veileder", "POST", "/api/v1/candidates", hugeArray(),
                "application/json", Map.of());
        sent++;
        record(failures, "POST /api/v1/candidates with a 600 KB array", tooLarge);
        // Tomcat itself refuses an encoded NUL in the path before the app sees the request: a plain 400.
        ApiClient.Response nul = api.get("veileder", "/api/v1/candidates/%00");
        sent++;
        assertThat(nul.status()).isEqualTo(400);

        assertThat(sent).isGreaterThanOrEqualTo(400);
        assertThat(failures).isEmpty();
    }

    // ------------------------------------------------------------------ issue 13: events

    private static final List<String> EVENT_FIELDS = List.of("type", "title", "date", "startTime", "endTime", "venue",
            "coOrganisers", "invitedOffices", "maxCandidatesPerEmployer", "maxEmployersPerCandidate");

    @Test
    void malformedEventRequestsAreRefusedWithoutAServerError() {
        ApiClient api = new ApiClient(port);
        long event = api.post("markedskontakt", "/api/v1/events", object("type", "JOB_FAIR", "title", "Fuzz",
                "date", "2027-02-01", "startTime", "09:00", "endTime", "12:00", "venue", "Rådhuset",
                "invitedOffices", List.of("0315"))).id();
        long employerId = api.get("veileder", "/api/v1/employers?size=1").json().path("items").get(0).path("id")
                .asLong();
        long part = api.post("markedskontakt", "/api/v1/events/" + event + "/employers", object("employerId",
                employerId, "slots", object("slotStart", "09:00", "slotEnd", "10:00"))).id();
        api.post("markedskontakt", "/api/v1/events/" + event + "/transitions", object("state", "PUBLISHED"), "\"0\"");
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (int i = 0; i < 25; i++) {
            sent += check(api, failures, "markedskontakt", "POST", "/api/v1/events", randomBody(EVENT_FIELDS), null);
            sent += check(api, failures, "markedskontakt", "PUT", "/api/v1/events/" + event,
                    randomBody(EVENT_FIELDS), randomEtag());
            sent += check(api, failures, "markedskontakt", "POST", "/api/v1/events/" + event + "/transitions",
                    randomBody(List.of("state", "reason")), randomEtag());
            sent += check(api, failures, "markedskontakt", "POST", "/api/v1/events/" + event + "/employers",
                    randomBody(List.of("employerId", "tasks", "slots")), null);
            sent += check(api, failures, "POST", "/api/v1/events/" + event + "/bookings",
                    randomBody(List.of("slotId", "processId")), null);
            sent += check(api, failures, "POST", "/api/v1/events/" + event + "/employers/" + part + "/waiting",
                    randomBody(List.of("processId")), null);
        }
        for (String path : List.of("/api/v1/events/abc", "/api/v1/events/-1", "/api/v1/events/99999999999999999999",
                "/api/v1/events/" + event + "/bookings/xyz", "/api/v1/events/0/summary")) {
            sent += check(api, failures, "markedskontakt", "GET", path, null, null);
        }
        assertThat(sent).isGreaterThanOrEqualTo(150);
        assertThat(failures).isEmpty();

        // each a 400 naming the field, in Norwegian
        assertInvalid(api.post("markedskontakt", "/api/v1/events", object("type", "JOB_FAIR", "title", "x",
                "date", "2027-02-01", "startTime", "09:00", "endTime", "12:00", "venue", "x",
                "maxCandidatesPerEmployer", 51)), "maxCandidatesPerEmployer");
        assertInvalid(api.post("markedskontakt", "/api/v1/events", object("type", "FAIR", "title", "x",
                "date", "2027-02-01", "startTime", "09:00", "endTime", "12:00", "venue", "x")), "type");
        assertInvalid(api.post("markedskontakt", "/api/v1/events", object("type", "JOB_FAIR", "title", "x".repeat(151),
                "date", "2027-02-01", "startTime", "09:00", "endTime", "12:00", "venue", "x")), "title");
        assertInvalid(api.post("markedskontakt", "/api/v1/events/" + event + "/employers", object("employerId",
                employerId, "slots", object("slotStart", "09:00", "slotEnd", "10:00", "breaks", List.of("lunsj")))),
                "breaks");
        assertInvalid(api.post("veileder", "/api/v1/events/" + event + "/bookings", object("slotId", 1)),
                "processId");
    }

    // ------------------------------------------------------------------ issue 14: mentor networks

    @Test
    void malformedNetworkFeedbackIsRefusedWithoutAServerError() {
        ApiClient api = new ApiClient(port);
        long network = api.get("mentor", "/api/v1/networks").json().get(0).path("id").asLong();
        long item = api.post("mentor", "/api/v1/networks/" + network + "/feedback",
                object("text", "Fuzz-innspill")).id();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (int i = 0; i < 25; i++) {
            sent += check(api, failures, "mentor", "POST", "/api/v1/networks/" + network + "/feedback",
                    randomBody(List.of("text", "gatheringId")), null);
            sent += check(api, failures, "kontorleder", "POST", "/api/v1/networks/" + network + "/feedback",
                    randomBody(List.of("text", "gatheringId")), null);
            sent += check(api, failures, "kontorleder", "PUT", "/api/v1/network-feedback/" + item + "/answer",
                    randomBody(List.of("status", "response", "reason")), randomEtag());
        }
        for (String path : List.of("/api/v1/networks/abc/feedback", "/api/v1/networks/-1/feedback",
                "/api/v1/networks/99999999999999999999/feedback")) {
            sent += check(api, failures, "mentor", "POST", path, "{\"text\":\"x\"}", null);
        }
        assertThat(sent).isGreaterThanOrEqualTo(75);
        assertThat(failures).isEmpty();

        // each a 400 naming the field, in Norwegian (on a fresh item: the fuzzing may have answered the first)
        long fresh = api.post("mentor", "/api/v1/networks/" + network + "/feedback", object("text", "Nytt")).id();
        assertInvalid(api.post("mentor", "/api/v1/networks/" + network + "/feedback", object("text", " ")), "text");
        assertInvalid(api.post("mentor", "/api/v1/networks/" + network + "/feedback",
                object("text", "x".repeat(2001))), "text");
        assertInvalid(api.put("kontorleder", "/api/v1/network-feedback/" + fresh + "/answer",
                object("status", "WILL_NOT_CHANGE", "response", "Nei"), "\"0\""), "reason");
        assertInvalid(api.put("kontorleder", "/api/v1/network-feedback/" + fresh + "/answer",
                object("status", "NOTED"), "\"0\""), "response");
        assertInvalid(api.put("kontorleder", "/api/v1/network-feedback/" + fresh + "/answer",
                object("status", "MAYBE", "response", "Ja"), "\"0\""), "status");
        assertInvalid(api.put("kontorleder", "/api/v1/network-feedback/" + fresh + "/answer",
                object("status", "NEW", "response", "Ja"), "\"0\""), "status");
        assertInvalid(api.post("kontorleder", "/api/v1/networks/" + network + "/feedback",
                object("text", "Uten samling")), "gatheringId");
    }

    // ------------------------------------------------------------------ issue 10: each case a 400 naming the field

    @Test
    void pageAndSizeOutsideTheSharedBoundsAreA400NamingThem() {
        ApiClient api = new ApiClient(port);
        // Offsets beyond int were a 500 from JPA.
        assertInvalid(api.get("veileder", "/api/v1/candidates?page=100000000&size=100"), "page");
        assertInvalid(api.get("veileder", "/api/v1/employers?page=2147483647&size=20"), "page");
        assertInvalid(api.get("veileder", "/api/v1/processes?page=-1"), "page");
        assertInvalid(api.get("veileder", "/api/v1/processes?size=201"), "size");
        assertInvalid(api.get("veileder", "/api/v1/employers?size=0&page=-5"), "page", "size");
        assertInvalid(api.get("veileder", "/api/v1/me/notifications?size=100000"), "size");
        assertInvalid(api.get("beslutter", "/api/v1/grant-periods?page=1000001"), "page");
        assertInvalid(api.get("kandidat", "/api/v1/me/access-log?size=500"), "size");
        // The largest page and size within the bounds answer, with nothing on that page.
        ApiClient.Response last = api.get("veileder", "/api/v1/candidates?page=1000000&size=200");
        assertThat(last.status()).isEqualTo(200);
        assertThat(last.json().path("items").size()).isZero();
        assertThat(api.get("veileder", "/api/v1/employers?page=1000000&size=200").status()).isEqualTo(200);
        assertThat(api.get("veileder", "/api/v1/processes?page=1000000&size=200").status()).isEqualTo(200);
        // The caseload page clamps rather than failing.
        assertThat(api.send("veileder", "GET", "/caseload?page=2147483647", null, null, Map.of("Accept", "text/html"))
                .status()).isEqualTo(200);
    }

    @Test
    void aValueOfTheWrongJsonTypeIsRefusedNotCoerced() {
        ApiClient api = new ApiClient(port);
        assertInvalid(api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", 123, "lastName", "Testesen")), "firstName");
        assertInvalid(api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Ola", "lastName", true)), "lastName");
        long candidateId = api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Type", "lastName", "Testesen")).id();
        assertInvalid(api.post("veileder", "/api/v1/processes", object("candidateId", String.valueOf(candidateId))),
                "candidateId");
        assertInvalid(api.post("veileder", "/api/v1/processes", object("candidateId", candidateId + 0.5)),
                "candidateId");
        long processId = api.post("veileder", "/api/v1/processes", object("candidateId", candidateId)).id();
        ApiClient.Response fractional = api.post("veileder", "/api/v1/processes/" + processId + "/meetings",
                object("type", "OPPFOLGINGSMOTE", "startsAt", "2027-02-03T09:00:00+01:00", "channel", "NAV_OFFICE",
                        "durationMinutes", 15.7));
        assertInvalid(fractional, "durationMinutes");
        assertThat(fractional.json().path("errors").get(0).path("message").asString()).contains("heltall");
        assertInvalid(api.post("veileder", "/api/v1/processes/" + processId + "/meetings", object("type", 1,
                "startsAt", "2027-02-03T09:00:00+01:00", "channel", "NAV_OFFICE")), "type");
        assertInvalid(api.post("veileder", "/api/v1/processes/" + processId + "/contacts", object(
                "counterpart", "CANDIDATE", "form", "PHONE", "durationMinutes", "15")), "durationMinutes");
        // reflection notes (issue 14): a text must be text, a group an id, and at least one prompt answered
        assertInvalid(api.post("veileder", "/api/v1/processes/" + processId + "/reflections", object(
                "whatWasDone", 42)), "whatWasDone");
        assertInvalid(api.post("veileder", "/api/v1/processes/" + processId + "/reflections", object(
                "why", "Fordi", "peerGroupId", "gruppa")), "peerGroupId");
        assertInvalid(api.post("veileder", "/api/v1/processes/" + processId + "/reflections", object(
                "whatToChange", " ")), "whatWasDone");
        assertInvalid(api.post("veileder", "/api/v1/learning/peer-groups", object("name", "")), "name");
    }

    @Test
    void datesOutsideTheirSaneRangeAreRefused() {
        ApiClient api = new ApiClient(port);
        long candidateId = api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Dato", "lastName", "Testesen")).id();
        long processId = api.post("veileder", "/api/v1/processes", object("candidateId", candidateId)).id();
        ApiClient.Response ancient = api.post("veileder", "/api/v1/processes/" + processId + "/meetings",
                object("type", "OPPFOLGINGSMOTE", "startsAt", "0001-01-01T09:00:00+01:00", "channel", "NAV_OFFICE"));
        assertThat(ancient.status()).isEqualTo(400);
        assertThat(ancient.errorFields()).contains("startsAt");
        // A number is no date (Jackson would read it as days since 1970).
        assertInvalid(api.post("veileder", "/api/v1/processes/" + processId + "/measures",
                object("type", "WORK_TRAINING", "startDate", 20260101)), "startDate");
    }

    @Test
    void theSameConsentItemAndAudienceTwiceIsA400NamingTheDuplicate() {
        ApiClient api = new ApiClient(port);
        ApiClient.Response twice = api.put("kandidat", "/api/v1/me/consents", object("choices", List.of(
                object("item", "STRENGTHS", "audience", "MENTOR", "granted", true),
                object("item", "EXPERIENCE", "audience", "MENTOR", "granted", true),
                object("item", "STRENGTHS", "audience", "MENTOR", "granted", false))), null);
        assertInvalid(twice, "choices[2]");
    }

    @Test
    void aBodyLargerThanTheDomainNeedsIsA413() {
        ApiClient api = new ApiClient(port);
        ApiClient.Response announced = api.send("veileder", "POST", "/api/v1/candidates", hugeArray(),
                "application/json", Map.of());
        assertThat(announced.status()).isEqualTo(413);
        assertThat(announced.contentType()).startsWith("application/problem+json");
        // Sent in chunks, the body is counted as it is read: a text longer than the limit is refused part way.
        ApiClient.Response chunked = api.sendChunked("veileder", "POST", "/api/v1/candidates",
                "{\"experience\": \"" + "x".repeat(600_000) + "\"}");
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.contentType()).startsWith("application/problem+json");
        // A body of a size the domain does need still goes through.
        assertThat(api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Stor", "lastName", "Testesen", "experience", "x".repeat(2000))).status()).isEqualTo(201);
    }

    /** About 600 KB of JSON array: more than twice the limit, within what Tomcat reads to the end after a 413. */
    private static String hugeArray() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 300_000; i++) {
            json.append(i == 0 ? "" : ",").append(i % 10);
        }
        return json.append(']').toString();
    }

    private static void assertInvalid(ApiClient.Response response, String... fields) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactlyInAnyOrder(fields);
        response.json().path("errors").forEach(error -> assertThat(error.path("message").asString()).isNotBlank());
    }

    private int check(ApiClient api, List<String> failures, String method, String path, String body,
            String ifMatch) {
        return check(api, failures, "veileder", method, path, body, ifMatch);
    }

    private int check(ApiClient api, List<String> failures, String user, String method, String path, String body,
            String ifMatch) {
        Map<String, String> headers = ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch);
        ApiClient.Response response = api.send(user, method, path, body,
                body == null ? null : "application/json", headers);
        record(failures, method + " " + path + " " + abbreviate(body), response);
        return 1;
    }

    private static void record(List<String> failures, String request, ApiClient.Response response) {
        if (response.status() >= 500) {
            failures.add(response.status() + " for " + request + " -> " + abbreviate(response.body()));
        } else if (response.status() >= 400 && !String.valueOf(response.contentType())
                .startsWith("application/problem+json")) {
            failures.add("not problem+json (" + response.contentType() + ") for " + request);
        }
    }

    private String randomEtag() {
        return switch (random.nextInt(5)) {
            case 0 -> "\"0\"";
            case 1 -> "W/\"0\"";
            case 2 -> "garbage";
            case 3 -> "\"" + Long.MAX_VALUE + "9\"";
            default -> "*";
        };
    }

    /** A JSON document that is wrong in one or more ways, sometimes not JSON at all. */
    private String randomBody(List<String> fields) {
        switch (random.nextInt(12)) {
            case 0:
                return "{\"" + fields.get(0) + "\": ";
            case 1:
                return "[1, 2, 3]";
            case 2:
                return "\"just a string\"";
            case 3:
                return "";
            case 4:
                return "{\"" + fields.get(random.nextInt(fields.size())) + "\": \"\\ud800\"}";
            default:
                StringBuilder json = new StringBuilder("{");
                for (String field : fields) {
                    if (random.nextInt(3) == 0) {
                        continue;
                    }
                    if (json.length() > 1) {
                        json.append(',');
                    }
                    json.append('"').append(field).append("\":").append(randomValue());
                }
                return json.append('}').toString();
        }
    }

    private String randomValue() {
        return switch (random.nextInt(20)) {
            case 0 -> "null";
            case 1 -> "true";
            case 2 -> String.valueOf(random.nextLong());
            case 3 -> "1.5e308";
            case 4 -> "[\"a\", {\"b\": 1}]";
            case 5 -> "{\"nested\": {\"deep\": [1, 2]}}";
            case 6 -> ApiClient.json("x".repeat(100_000));
            case 7 -> "\"\\u0000nul\"";
            case 8 -> ApiClient.json("\u202Eevil\u202C \uD83D\uDE00 \u0301\u0301 \uFEFF");
            case 9 -> "\"2026-02-30\"";
            case 10 -> "\"99999-01-01\"";
            case 11 -> "\"NOT_A_VALUE\"";
            case 12 -> "\"" + TestPeople.newNationalId() + "\"";
            case 13 -> "-1";
            case 14 -> "\"<script>alert(1)</script>\"";
            case 16 -> "15.7";
            case 17 -> "\"0001-01-01\"";
            case 18 -> "\"\"";
            case 19 -> "\"1234 56 78903\"";
            default -> "\"'; drop table candidate; --\"";
        };
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
