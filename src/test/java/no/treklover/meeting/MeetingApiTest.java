package no.treklover.meeting;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The meetings API: plan, change with If-Match, bad input, iCalendar round trip through ical4j, cadence. */
@IntegrationTest
class MeetingApiTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient http;
    MeetingFixtures fixtures;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        fixtures = new MeetingFixtures(http, jdbc);
    }

    @Test
    void plansAMeetingWithTheTypesAgendaAndDefaultParticipants() {
        long process = fixtures.partnerProcess(LocalDate.now(OSLO).minusWeeks(2));
        ApiClient.Response created = fixtures.create(process, object("type", "OPPSTARTSMOTE",
                "startsAt", "2027-02-03T09:00:00+01:00", "channel", "NAV_OFFICE", "goals", "Fast jobb"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.header("Location")).isEqualTo("/api/v1/meetings/" + created.id());
        JsonNode body = created.json();
        assertThat(body.path("agenda").asString()).startsWith("1. Velkommen");
        assertThat(body.path("durationMinutes").asInt()).isEqualTo(60);
        assertThat(body.path("status").asString()).isEqualTo("PLANNED");
        assertThat(body.path("startUp").path("goals").asString()).isEqualTo("Fast jobb");
        assertThat(body.path("participants").findValuesAsString("role"))
                .containsExactly("CANDIDATE", "MENTOR", "COUNSELLOR");
        assertThat(body.path("participants").get(1).path("userId").asLong()).isEqualTo(fixtures.userId("mentor"));
        assertThat(body.path("endsAt").asString()).isEqualTo("2027-02-03T10:00:00+01:00");

        List<JsonNode> listed = List.copyOf(http.get("veileder", "/api/v1/processes/" + process + "/meetings")
                .json().valueStream().toList());
        assertThat(listed).hasSize(1);
    }

    @Test
    void updatesNeedTheCurrentVersion() {
        long process = fixtures.newProcess();
        long id = fixtures.meeting(process, "TREKLOVERSAMTALE", "2027-03-01T10:00:00+01:00",
                List.of("CANDIDATE", "COUNSELLOR"), null);
        String path = "/api/v1/meetings/" + id;
        assertThat(http.put("veileder", path, object("location", "Kantina"), null).status()).isEqualTo(428);
        ApiClient.Response changed = http.put("veileder", path, object("location", "Kantina", "minutes", "Bra"),
                "\"0\"");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
        assertThat(changed.json().path("location").asString()).isEqualTo("Kantina");
        assertThat(changed.json().path("minutes").asString()).isEqualTo("Bra");
        assertThat(http.put("veileder", path, object("location", "Lageret"), "\"0\"").status()).isEqualTo(412);
        // empty text clears, a left-out field stays
        ApiClient.Response cleared = http.put("veileder", path, object("minutes", ""), "\"1\"");
        assertThat(cleared.json().path("minutes").isNull()).isTrue();
        assertThat(cleared.json().path("location").asString()).isEqualTo("Kantina");
    }

    @Test
    void badInputIsAFieldLevel400() {
        long process = fixtures.newProcess();
        ApiClient.Response missing = fixtures.create(process, object("durationMinutes", 2,
                "location", "x".repeat(301)));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.errorFields()).contains("type", "startsAt", "channel", "durationMinutes", "location");

        ApiClient.Response wrongPeople = fixtures.create(process, object("type", "ROTASJON",
                "startsAt", "2027-03-01T10:00:00+01:00", "channel", "PHONE", "participants",
                List.of(object("role", "OTHER"), object("role", "EMPLOYER", "userId", fixtures.userId("mentor"))),
                "goals", "Bare for oppstart"));
        assertThat(wrongPeople.status()).isEqualTo(400);
        assertThat(wrongPeople.errorFields()).contains("participants[0].name", "participants[1].userId", "goals");

        ApiClient.Response future = fixtures.create(process, object("type", "ROTASJON",
                "startsAt", ZonedDateTime.now(OSLO).plusDays(3).toOffsetDateTime().toString(), "channel", "PHONE",
                "status", "HELD"));
        assertThat(future.errorFields()).containsExactly("status");

        ApiClient.Response badJson = http.send("veileder", "POST", "/api/v1/processes/" + process + "/meetings",
                "{\"type\": \"KAFFE\"}", "application/json", java.util.Map.of());
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(http.get("veileder", "/api/v1/meetings/999999999").status()).isEqualTo(404);
        assertThat(http.get("veileder", "/api/v1/processes/999999999/meetings").status()).isEqualTo(404);
    }

    @Test
    void theIcsParsesBackWithStableUidBumpedSequenceAndCancel() throws Exception {
        long process = fixtures.newProcess();
        // the Monday after summer time starts in 2027 (28 March): 10:00 CEST is 08:00 UTC
        long id = fixtures.meeting(process, "TREKLOVERSAMTALE", "2027-03-29T10:00:00+02:00",
                List.of("CANDIDATE", "COUNSELLOR"), "Ikke i kalenderen");
        String path = "/api/v1/meetings/" + id;

        ApiClient.Response first = http.get("veileder", path + ".ics");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("text/calendar");
        assertThat(first.body()).contains("\r\n").doesNotContain("Ikke i kalenderen");
        Calendar invite = parse(first.body());
        VEvent event = event(invite);
        String uid = event.getUid().orElseThrow().getValue();
        assertThat(method(invite)).isEqualTo("REQUEST");
        assertThat(sequence(event)).isZero();
        DtStart<Temporal> start = event.getStartDate().orElseThrow();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Oslo");
        assertThat(Instant.from(start.getDate())).isEqualTo(Instant.parse("2027-03-29T08:00:00Z"));
        assertThat(Instant.from(event.getEndDate().orElseThrow().getDate()))
                .isEqualTo(Instant.parse("2027-03-29T09:00:00Z"));
        assertThat(event.getProperty("ORGANIZER")).isPresent();
        assertThat(event.getProperties("ATTENDEE")).hasSize(2);

        // moved into winter time (the Monday after 31 October 2027): 10:00 CET is 09:00 UTC
        http.put("veileder", path, object("startsAt", "2027-11-01T10:00:00+01:00"), "\"0\"");
        VEvent moved = event(parse(http.get("veileder", path + ".ics").body()));
        assertThat(moved.getUid().orElseThrow().getValue()).isEqualTo(uid);
        assertThat(sequence(moved)).isEqualTo(1);
        assertThat(Instant.from(moved.getStartDate().orElseThrow().getDate()))
                .isEqualTo(Instant.parse("2027-11-01T09:00:00Z"));
        assertThat(moved.getStartDate().orElseThrow().getValue()).isEqualTo("20271101T100000");

        // minutes do not change the time or place: same sequence
        http.put("veileder", path, object("minutes", "Nytt referat"), "\"1\"");
        assertThat(sequence(event(parse(http.get("veileder", path + ".ics").body())))).isEqualTo(1);

        // the reason is required: the participants get it
        assertThat(http.put("veileder", path + "/cancellation", object(), "\"2\"").errorFields())
                .containsExactly("reason");
        assertThat(http.put("veileder", path + "/cancellation", object("reason", "  "), "\"2\"").errorFields())
                .containsExactly("reason");
        assertThat(http.put("veileder", path + "/cancellation", object("reason", "x".repeat(1001)), "\"2\"")
                .errorFields()).containsExactly("reason");
        ApiClient.Response cancelled = http.put("veileder", path + "/cancellation",
                object("reason", "Mentoren er syk; nytt møte kommer."), "\"2\"");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("cancelReason").asString()).isEqualTo("Mentoren er syk; nytt møte kommer.");
        Calendar cancel = parse(http.get("veileder", path + ".ics").body());
        VEvent cancelledEvent = event(cancel);
        assertThat(method(cancel)).isEqualTo("CANCEL");
        assertThat(cancelledEvent.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelledEvent.getUid().orElseThrow().getValue()).isEqualTo(uid);
        assertThat(sequence(cancelledEvent)).isEqualTo(2);
        assertThat(cancelledEvent.getDescription().getValue())
                .startsWith("Avlyst: Mentoren er syk; nytt møte kommer.");
        // a cancelled meeting stays cancelled
        assertThat(http.put("veileder", path, object("location", "Igjen"), "\"3\"").status()).isEqualTo(409);
    }

    @Test
    void actionItemsAreAddedAndMarkedDoneWithTheirOwnVersion() {
        long id = fixtures.meeting(fixtures.newProcess(), "OPPFOLGINGSMOTE", "2027-03-01T10:00:00+01:00",
                List.of("COUNSELLOR"), null);
        String items = "/api/v1/meetings/" + id + "/action-items";
        assertThat(http.post("veileder", items, object("owner", "Mentor")).errorFields()).containsExactly("text");
        ApiClient.Response added = http.post("veileder", items, object("text", "Ny ukeplan", "owner", "Mentor",
                "dueDate", "2027-03-08"));
        assertThat(added.status()).isEqualTo(201);
        String item = items + "/" + added.id();
        assertThat(http.put("veileder", item, object("done", true), null).status()).isEqualTo(428);
        ApiClient.Response done = http.put("veileder", item, object("done", true), "\"0\"");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().path("done").asBoolean()).isTrue();
        assertThat(http.put("veileder", item, object("done", false), "\"0\"").status()).isEqualTo(412);
        assertThat(http.put("veileder", item, object(), "\"1\"").errorFields()).containsExactly("done");
        assertThat(http.get("veileder", "/api/v1/meetings/" + id).json().path("actionItems").get(0)
                .path("text").asString()).isEqualTo("Ny ukeplan");
    }

    @Test
    void cadenceCountsFromTheStartAndFromTheLatestHeldFollowUp() {
        LocalDate today = LocalDate.now(OSLO);
        LocalDate start = today.minusMonths(2);
        long process = fixtures.partnerProcess(start);
        String cadence = "/api/v1/processes/" + process + "/cadence";
        JsonNode before = http.get("veileder", cadence).json();
        assertThat(before.path("applies").asBoolean()).isTrue();
        assertThat(before.path("nextDue").asString()).isEqualTo(start.plusMonths(1).toString());
        assertThat(before.path("overdue").asBoolean()).isTrue();
        assertThat(before.path("effectiveIntervalWeeks").asInt()).isEqualTo(4);

        // a held start-up meeting does not count; a held cloverleaf talk does
        LocalDate held = today.minusWeeks(1);
        String heldAt = held.atTime(10, 0).atZone(OSLO).toOffsetDateTime().toString();
        fixtures.create(process, object("type", "OPPSTARTSMOTE", "startsAt", heldAt, "channel", "WORKPLACE",
                "status", "HELD"));
        assertThat(http.get("veileder", cadence).json().path("overdue").asBoolean()).isTrue();
        fixtures.create(process, object("type", "TREKLOVERSAMTALE", "startsAt", heldAt, "channel", "WORKPLACE",
                "status", "HELD"));
        JsonNode after = http.get("veileder", cadence).json();
        assertThat(after.path("lastFollowUp").asString()).isEqualTo(held.toString());
        assertThat(after.path("nextDue").asString()).isEqualTo(held.plusWeeks(4).toString());
        assertThat(after.path("overdue").asBoolean()).isFalse();

        ApiClient.Response own = http.put("veileder", cadence, object("followUpIntervalWeeks", 1), "\"0\"");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().path("nextDue").asString()).isEqualTo(held.plusWeeks(1).toString());
        assertThat(http.put("veileder", cadence, object("followUpIntervalWeeks", 27), "\"1\"").errorFields())
                .containsExactly("followUpIntervalWeeks");
        assertThat(http.put("veileder", cadence, object("followUpIntervalWeeks", 2), "\"0\"").status())
                .isEqualTo(412);
        assertThat(http.put("veileder", cadence, object("followUpIntervalWeeks", null), "\"1\"").json()
                .path("effectiveIntervalWeeks").asInt()).isEqualTo(4);

        // the caseload flags it: a process started two months ago without follow-up
        long late = fixtures.partnerProcess(start);
        JsonNode rows = http.get("veileder", "/api/v1/processes?search=M%C3%B8tesen&size=100&scope=MINE&sort=NAME").json().path("items");
        JsonNode row = rows.valueStream().filter(r -> r.path("processId").asLong() == late).findFirst().orElseThrow();
        assertThat(row.path("followUpOverdue").asBoolean()).isTrue();
        assertThat(row.path("followUpDue").asString()).isEqualTo(start.plusMonths(1).toString());
    }

    @Test
    void officeIntervalIsTheOfficesOwn() {
        ApiClient.Response read = http.get("kontorleder", "/api/v1/offices/0315/meeting-settings");
        assertThat(read.status()).isEqualTo(200);
        assertThat(http.get("veileder2", "/api/v1/offices/0315/meeting-settings").status()).isEqualTo(403);
        assertThat(http.put("kontorleder", "/api/v1/offices/0315/meeting-settings",
                object("followUpIntervalWeeks", 0), read.header("ETag")).errorFields())
                .containsExactly("followUpIntervalWeeks");
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static VEvent event(Calendar calendar) {
        return calendar.getComponents().stream().filter(VEvent.class::isInstance).map(VEvent.class::cast)
                .findFirst().orElseThrow();
    }

    static String method(Calendar calendar) {
        return calendar.getProperty(Property.METHOD).map(Property::getValue).orElseThrow();
    }

    static int sequence(VEvent event) {
        return Integer.parseInt(event.getProperty(Property.SEQUENCE).map(Property::getValue).orElseThrow());
    }
}
