package no.treklover.market;

import static no.treklover.market.MarketFixtures.ADVISER_4614;
import static no.treklover.market.MarketFixtures.MARKET_CONTACT_0315;
import static no.treklover.market.MarketFixtures.MARKET_CONTACT_4614;
import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import no.treklover.access.CurrentUser;
import no.treklover.access.UserAccountRepository;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/** The employer contact log's API, its warning rule, the due list's week, access per role and optimistic locking. */
@IntegrationTest
class EmployerContactApiTest {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    EmployerContactService service;

    @Autowired
    MarketSettings settings;

    @Autowired
    UserAccountRepository accounts;

    ApiClient api;
    LocalDate today;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        MarketFixtures.ensureUsers(jdbc, passwords);
        today = LocalDate.now(OSLO);
    }

    private static Map<String, Object> contact() {
        return object("kind", "CONTACT", "form", "PHONE", "purpose", "RECRUITMENT", "contactPersonName",
                "Hilde Haugen", "contactPersonRole", "HR-leder", "note", "Spurte om behov fra nyttår");
    }

    private static Map<String, Object> plan(LocalDate on) {
        return object("kind", "PLAN", "form", "MEETING_WORKPLACE", "purpose", "NEEDS_MAPPING", "nextContactOn",
                on.toString());
    }

    private Instant startOfDay(int daysAgo) {
        return today.minusDays(daysAgo).atStartOfDay(OSLO).toInstant();
    }

    private List<Long> warningIds(String user, long employer) {
        ApiClient.Response response = api.get(user, "/api/v1/employers/" + employer + "/contact-warnings");
        assertThat(response.status()).isEqualTo(200);
        return response.json().valueStream().map(w -> w.path("contactId").asLong()).toList();
    }

    @Test
    void theWarningCoversFourteenDaysBackNamingWhoWhenAndWhy() {
        long employer = MarketFixtures.newEmployer(jdbc, "Varselgrense AS");
        // a minute into the day 13 and 14 days ago warns; the last minute of the day 15 days ago does not
        long thirteen = MarketFixtures.insert(jdbc, "veileder", employer, startOfDay(13).plusSeconds(60), null);
        long fourteen = MarketFixtures.insert(jdbc, "veileder", employer, startOfDay(14).plusSeconds(60), null);
        long fifteen = MarketFixtures.insert(jdbc, "veileder", employer, startOfDay(14).minusSeconds(60), null);

        assertThat(settings.contactWarningDays()).as("application.yml's default").isEqualTo(14);
        assertThat(warningIds(MARKET_CONTACT_4614, employer)).containsExactlyInAnyOrder(thirteen, fourteen)
                .doesNotContain(fifteen);
        JsonNode warning = api.get(MARKET_CONTACT_4614, "/api/v1/employers/" + employer + "/contact-warnings")
                .json().get(0);
        assertThat(warning.path("navUserName").asString()).isEqualTo("Vera Veileder");
        assertThat(warning.path("navUnitName").asString()).isEqualTo("NAV Grünerløkka");
        assertThat(warning.path("navUnitKind").asString()).isEqualTo("OFFICE");
        assertThat(warning.path("purpose").asString()).isEqualTo("RECRUITMENT");
        assertThat(Instant.parse(warning.path("contactedAt").asString())).isEqualTo(startOfDay(13).plusSeconds(60));

        // one's own contacts never warn oneself
        assertThat(warningIds("veileder", employer)).isEmpty();
    }

    @Test
    void theWindowIsConfigurable() {
        long employer = MarketFixtures.newEmployer(jdbc, "Konfigurerbar AS");
        long six = MarketFixtures.insert(jdbc, "veileder", employer, startOfDay(6).plusSeconds(60), null);
        long ten = MarketFixtures.insert(jdbc, "veileder", employer, startOfDay(10).plusSeconds(60), null);
        CurrentUser mia = CurrentUser.withoutCredentials(accounts.findByUsername(MARKET_CONTACT_4614).orElseThrow());
        assertThat(ids(service.others(mia, employer, 7))).containsExactly(six);
        assertThat(ids(service.others(mia, employer, 14))).containsExactlyInAnyOrder(six, ten);
        assertThat(ids(service.others(mia, employer, 0))).isEmpty();
        // and the setting is what the service uses
        assertThat(ids(service.warnings(mia, employer))).containsExactlyInAnyOrder(six, ten);
    }

    private static List<Long> ids(List<ContactLine> lines) {
        return lines.stream().map(l -> l.contact().getId()).toList();
    }

    @Test
    void othersPlansWarnTooAndTheApiReturnsTheWarningsWithTheNewEntry() {
        long employer = MarketFixtures.newEmployer(jdbc, "Planlagt Varsel AS");
        long planned = MarketFixtures.insert(jdbc, ADVISER_4614, employer, null, today.plusDays(5));
        long farAhead = MarketFixtures.insert(jdbc, ADVISER_4614, employer, null, today.plusDays(40));

        ApiClient.Response created = api.post(MARKET_CONTACT_0315, "/api/v1/employers/" + employer + "/contacts",
                contact());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        long id = created.json().path("contact").path("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/v1/employer-contacts/" + id);
        JsonNode warnings = created.json().path("warnings");
        assertThat(warnings.size()).isEqualTo(1);
        assertThat(warnings.get(0).path("contactId").asLong()).isEqualTo(planned).isNotEqualTo(farAhead);
        assertThat(warnings.get(0).path("navUserName").asString()).isEqualTo("Åse Arbeidslivssenter");
        assertThat(warnings.get(0).path("navUnitKind").asString()).isEqualTo("WORKLIFE_CENTRE");
        assertThat(warnings.get(0).path("plannedFor").asString()).isEqualTo(today.plusDays(5).toString());
        assertThat(warnings.get(0).path("contactedAt").isNull()).isTrue();

        JsonNode entry = api.get(MARKET_CONTACT_0315, "/api/v1/employer-contacts/" + id).json();
        assertThat(entry.path("kind").asString()).isEqualTo("CONTACT");
        assertThat(entry.path("navUserName").asString()).isEqualTo("Mads Markedskontakt");
        assertThat(entry.path("navUnitId").asString()).isEqualTo("0315");
        assertThat(entry.path("employerName").asString()).isEqualTo("Planlagt Varsel AS");
        assertThat(entry.path("contactPersonName").asString()).isEqualTo("Hilde Haugen");
        // and now Åse is warned about Mads' contact
        assertThat(warningIds(ADVISER_4614, employer)).containsExactly(id);
    }

    @Test
    void logListChangeAndDeleteWithOptimisticLocking() {
        long employer = MarketFixtures.newEmployer(jdbc, "Låsing AS");
        long id = api.post(MARKET_CONTACT_4614, "/api/v1/employers/" + employer + "/contacts", contact()).json()
                .path("contact").path("id").asLong();
        long plan = api.post(MARKET_CONTACT_4614, "/api/v1/employers/" + employer + "/contacts",
                plan(today.plusDays(3))).json().path("contact").path("id").asLong();

        JsonNode list = api.get("beslutter", "/api/v1/employers/" + employer + "/contacts").json();
        assertThat(list.path("totalItems").asLong()).isEqualTo(2);
        assertThat(list.path("items").get(0).path("id").asLong()).as("plans first").isEqualTo(plan);
        assertThat(list.path("items").get(1).path("id").asLong()).isEqualTo(id);

        Map<String, Object> changed = contact();
        changed.put("form", "EMAIL");
        assertThat(api.put(MARKET_CONTACT_4614, "/api/v1/employer-contacts/" + id, changed, null).status())
                .isEqualTo(428);
        ApiClient.Response updated = api.put(MARKET_CONTACT_4614, "/api/v1/employer-contacts/" + id, changed, "\"0\"");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        assertThat(updated.json().path("form").asString()).isEqualTo("EMAIL");
        ApiClient.Response stale = api.put(MARKET_CONTACT_4614, "/api/v1/employer-contacts/" + id, changed, "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");

        // the plan becomes a contact that happened
        Map<String, Object> done = contact();
        assertThat(api.put(MARKET_CONTACT_4614, "/api/v1/employer-contacts/" + plan, done, "\"0\"").json()
                .path("kind").asString()).isEqualTo("CONTACT");

        assertThat(api.delete(MARKET_CONTACT_4614, "/api/v1/employer-contacts/" + id, "\"0\"").status())
                .isEqualTo(412);
        assertThat(api.delete(MARKET_CONTACT_4614, "/api/v1/employer-contacts/" + id, "\"1\"").status())
                .isEqualTo(204);
        assertThat(api.get(MARKET_CONTACT_4614, "/api/v1/employer-contacts/" + id).status()).isEqualTo(404);
    }

    @Test
    void aContactClosesOnesOwnPlansThatWereDue() {
        long employer = MarketFixtures.newEmployer(jdbc, "Lukking AS");
        long mine = MarketFixtures.insert(jdbc, MARKET_CONTACT_4614, employer, null, today.plusDays(2));
        long later = MarketFixtures.insert(jdbc, MARKET_CONTACT_4614, employer, null, today.plusDays(60));
        long others = MarketFixtures.insert(jdbc, ADVISER_4614, employer, null, today.plusDays(2));
        api.post(MARKET_CONTACT_4614, "/api/v1/employers/" + employer + "/contacts", contact());
        assertThat(open(mine)).isFalse();
        assertThat(version(mine)).as("an open edit form sees the change").isEqualTo(1);
        assertThat(open(later)).isTrue();
        assertThat(open(others)).isTrue();
    }

    private boolean open(long id) {
        return jdbc.sql("select follow_up_open from employer_contact where id = :id").param("id", id)
                .query(Boolean.class).single();
    }

    private long version(long id) {
        return jdbc.sql("select version from employer_contact where id = :id").param("id", id)
                .query(Long.class).single();
    }

    @Test
    void dueThisWeekRunsMondayToSundayInOsloMineThenMyUnits() {
        // next week, so that every plan lies ahead of today
        LocalDate monday = ContactTiming.weekOf(today).monday().plusWeeks(1);
        LocalDate sunday = monday.plusDays(6);
        String week = "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        long employer = MarketFixtures.newEmployer(jdbc, "Ukegrense AS");
        api.post(ADVISER_4614, "/api/v1/employers/" + employer + "/contacts", plan(monday.minusDays(1)));
        long first = api.post(ADVISER_4614, "/api/v1/employers/" + employer + "/contacts", plan(monday)).json()
                .path("contact").path("id").asLong();
        long last = api.post(ADVISER_4614, "/api/v1/employers/" + employer + "/contacts", plan(sunday)).json()
                .path("contact").path("id").asLong();
        api.post(ADVISER_4614, "/api/v1/employers/" + employer + "/contacts", plan(sunday.plusDays(1)));
        long colleagues = api.post(MARKET_CONTACT_4614, "/api/v1/employers/" + employer + "/contacts",
                plan(monday.plusDays(2))).json().path("contact").path("id").asLong();

        ApiClient.Response due = api.get(ADVISER_4614, "/api/v1/employer-contacts/due?week=" + week);
        assertThat(due.status()).isEqualTo(200);
        assertThat(due.json().path("from").asString()).isEqualTo(monday.toString());
        assertThat(due.json().path("to").asString()).isEqualTo(sunday.toString());
        assertThat(due.json().path("mine").valueStream().map(e -> e.path("id").asLong()).toList())
                .containsExactly(first, last);
        assertThat(due.json().path("unit").valueStream().map(e -> e.path("id").asLong()).toList())
                .contains(colleagues).doesNotContain(first, last);
        // the late hours of Sunday in Oslo are still the week's (a UTC date would move them)
        assertThat(ContactTiming.weekOf(sunday).monday()).isEqualTo(monday);
        assertThat(ContactTiming.week(week, today).sunday()).isEqualTo(sunday);

        // without a week: this one
        JsonNode thisWeek = api.get(ADVISER_4614, "/api/v1/employer-contacts/due").json();
        assertThat(thisWeek.path("from").asString()).isEqualTo(ContactTiming.weekOf(today).monday().toString());
        for (String bad : List.of("2026-50", "2026-W54", "1999-W01", "uke 50")) {
            ApiClient.Response refused = api.get(ADVISER_4614, "/api/v1/employer-contacts/due?week="
                    + bad.replace(" ", "%20"));
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.errorFields()).as(bad).containsExactly("week");
        }
    }

    @Test
    void everyNavRoleReadsTheLogThreeRolesWriteItAndOnlyTheAuthorChangesAnEntry() {
        long employer = MarketFixtures.newEmployer(jdbc, "Tilgang AS");
        long id = api.post("veileder", "/api/v1/employers/" + employer + "/contacts", contact()).json()
                .path("contact").path("id").asLong();
        for (String reader : List.of("veileder", "veileder2", "beslutter", "markedskontakt", "kontorleder",
                ADVISER_4614)) {
            assertThat(api.get(reader, "/api/v1/employers/" + employer + "/contacts").status()).as(reader)
                    .isEqualTo(200);
            assertThat(api.get(reader, "/api/v1/employer-contacts/" + id).status()).as(reader).isEqualTo(200);
        }
        for (String writer : List.of("veileder2", "markedskontakt", ADVISER_4614)) {
            assertThat(api.post(writer, "/api/v1/employers/" + employer + "/contacts", contact()).status())
                    .as(writer).isEqualTo(201);
            assertThat(api.put(writer, "/api/v1/employer-contacts/" + id, contact(), "\"0\"").status()).as(writer)
                    .isEqualTo(403);
            assertThat(api.delete(writer, "/api/v1/employer-contacts/" + id, "\"0\"").status()).as(writer)
                    .isEqualTo(403);
        }
        for (String nonWriter : List.of("beslutter", "kontorleder")) {
            assertThat(api.post(nonWriter, "/api/v1/employers/" + employer + "/contacts", contact()).status())
                    .as(nonWriter).isEqualTo(403);
            assertThat(api.get(nonWriter, "/api/v1/employer-contacts/due").status()).as(nonWriter).isEqualTo(403);
        }
        for (String outsider : List.of("mentor", "arbeidsgiver", "kandidat", "personvernombud")) {
            assertThat(api.get(outsider, "/api/v1/employers/" + employer + "/contacts").status()).as(outsider)
                    .isEqualTo(403);
            assertThat(api.get(outsider, "/api/v1/employers/" + employer + "/contact-warnings").status())
                    .as(outsider).isEqualTo(403);
            assertThat(api.get(outsider, "/api/v1/employer-contacts/" + id).status()).as(outsider).isEqualTo(403);
            assertThat(api.post(outsider, "/api/v1/employers/" + employer + "/contacts", contact()).status())
                    .as(outsider).isEqualTo(403);
            assertThat(api.get(outsider, "/api/v1/employer-contacts/due").status()).as(outsider).isEqualTo(403);
        }
        assertThat(api.get(null, "/api/v1/employers/" + employer + "/contacts").status()).isEqualTo(401);
        assertThat(api.delete("veileder", "/api/v1/employer-contacts/" + id, "\"0\"").status()).isEqualTo(204);
    }

    @Test
    void badInputGetsNorwegianFieldMessages() {
        long employer = MarketFixtures.newEmployer(jdbc, "Feil AS");
        String path = "/api/v1/employers/" + employer + "/contacts";
        ApiClient.Response missing = api.post(MARKET_CONTACT_4614, path, object("contactPersonName", "x".repeat(201),
                "contactPersonPhone", "1".repeat(41), "note", "x".repeat(2001), "contactPersonId", 0));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.errorFields()).containsExactlyInAnyOrder("kind", "form", "purpose", "contactPersonName",
                "contactPersonPhone", "note", "contactPersonId");
        assertThat(missing.body()).contains("Velg formål.", "Notatet kan ha høyst 2000 tegn.");

        Map<String, Object> future = contact();
        future.put("contactedAt", today.plusDays(1).atTime(LocalTime.NOON).toString());
        future.put("nextContactOn", today.toString());
        ApiClient.Response ahead = api.post(MARKET_CONTACT_4614, path, future);
        assertThat(ahead.errorFields()).containsExactlyInAnyOrder("contactedAt", "nextContactOn");
        assertThat(ahead.body()).contains("Tidspunktet kan ikke være fram i tid.",
                "Neste kontakt kan ikke være før denne kontakten.");

        Map<String, Object> planWithoutDay = plan(today);
        planWithoutDay.remove("nextContactOn");
        assertThat(api.post(MARKET_CONTACT_4614, path, planWithoutDay).body()).contains("Skriv dagen kontakten er planlagt.");
        ApiClient.Response past = api.post(MARKET_CONTACT_4614, path, plan(today.minusDays(1)));
        assertThat(past.errorFields()).containsExactly("nextContactOn");
        assertThat(api.post(MARKET_CONTACT_4614, path, plan(LocalDate.of(2101, 1, 1))).body())
                .contains("Datoen må være mellom år 2000 og 2100.");

        for (String bad : List.of("{\"kind\":\"SOMETIMES\",\"form\":\"PHONE\",\"purpose\":\"IA\"}",
                "{\"kind\":\"CONTACT\",\"form\":\"PHONE\",\"purpose\":\"IA\",\"contactedAt\":\"i går\"}",
                "{\"kind\":\"CONTACT\",\"form\":\"PHONE\",\"purpose\":\"IA\",\"contactPersonId\":\"Hilde\"}",
                "[]", "ikke json")) {
            assertThat(api.send(MARKET_CONTACT_4614, "POST", path, bad, "application/json", Map.of()).status())
                    .as(bad).isEqualTo(400);
        }
        assertThat(api.post(MARKET_CONTACT_4614, "/api/v1/employers/999999999/contacts", contact()).status())
                .isEqualTo(404);
        assertThat(api.get(MARKET_CONTACT_4614, "/api/v1/employers/999999999/contact-warnings").status())
                .isEqualTo(404);
        assertThat(api.get(MARKET_CONTACT_4614, "/api/v1/employers/" + employer + "/contacts?size=500").errorFields())
                .containsExactly("size");
        assertThat(api.put(MARKET_CONTACT_4614, "/api/v1/employer-contacts/999999999", contact(), "\"0\"").status())
                .isEqualTo(404);
    }
}
