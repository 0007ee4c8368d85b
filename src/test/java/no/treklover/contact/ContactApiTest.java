package no.treklover.contact;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
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

@IntegrationTest
class ContactApiTest {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

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
                        ('kollega-0315', :hash, 'Kari Kollega', 'COUNSELLOR', '0315')
                        on conflict (username) do nothing""")
                .param("hash", passwords.encode("demo")).update();
    }

    private long newProcess() {
        long candidate = api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Kontakt", "lastName", "Testesen")).id();
        return api.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
    }

    private long kajasProcess() {
        return jdbc.sql("""
                select p.id from inclusion_process p join app_user u on u.candidate_id = p.candidate_id
                where u.username = 'kandidat' and p.open""").query(Long.class).single();
    }

    private static Map<String, Object> contact(String counterpart, String form) {
        return object("counterpart", counterpart, "form", form, "initiator", "COUNSELLOR", "durationMinutes", 15,
                "note", "Snakket om arbeidstiden");
    }

    @Test
    void logListChangeAndDeleteWithOptimisticLocking() {
        long process = newProcess();
        LocalDateTime before = LocalDateTime.now(OSLO).truncatedTo(ChronoUnit.MINUTES);
        ApiClient.Response created = api.post("veileder", "/api/v1/processes/" + process + "/contacts",
                contact("MENTOR", "PHONE"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        long id = created.id();
        assertThat(created.header("Location")).isEqualTo("/api/v1/contacts/" + id);
        JsonNode body = created.json();
        assertThat(body.path("counterpart").asString()).isEqualTo("MENTOR");
        assertThat(body.path("form").asString()).isEqualTo("PHONE");
        assertThat(body.path("durationMinutes").asInt()).isEqualTo(15);
        assertThat(body.path("note").asString()).isEqualTo("Snakket om arbeidstiden");
        // no date given: now
        LocalDateTime at = LocalDateTime.ofInstant(java.time.Instant.parse(body.path("occurredAt").asString()), OSLO);
        assertThat(at).isBetween(before.minusMinutes(1), LocalDateTime.now(OSLO).plusMinutes(1));

        String earlier = LocalDateTime.now(OSLO).minusDays(3).withHour(10).withMinute(15).withSecond(0).withNano(0)
                .toString();
        long older = api.post("veileder", "/api/v1/processes/" + process + "/contacts", object("counterpart",
                "CANDIDATE", "form", "MEETING_OFFICE", "initiator", "COUNTERPART", "occurredAt", earlier)).id();

        ApiClient.Response list = api.get("veileder", "/api/v1/processes/" + process + "/contacts");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get(0).path("id").asLong()).isEqualTo(id);
        assertThat(list.json().get(1).path("id").asLong()).isEqualTo(older);
        assertThat(list.json().get(1).path("durationMinutes").isNull()).isTrue();

        Map<String, Object> changed = contact("MENTOR", "VIDEO");
        changed.put("durationMinutes", 30);
        assertThat(api.put("veileder", "/api/v1/contacts/" + id, changed, null).status()).isEqualTo(428);
        ApiClient.Response updated = api.put("veileder", "/api/v1/contacts/" + id, changed, "\"0\"");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        assertThat(updated.json().path("form").asString()).isEqualTo("VIDEO");
        assertThat(updated.json().path("durationMinutes").asInt()).isEqualTo(30);
        ApiClient.Response stale = api.put("veileder", "/api/v1/contacts/" + id, changed, "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");

        assertThat(api.delete("veileder", "/api/v1/contacts/" + id, "\"0\"").status()).isEqualTo(412);
        assertThat(api.delete("veileder", "/api/v1/contacts/" + id, "\"1\"").status()).isEqualTo(204);
        assertThat(api.get("veileder", "/api/v1/contacts/" + id).status()).isEqualTo(404);
        assertThat(api.get("veileder", "/api/v1/processes/" + process + "/contacts").json().size()).isEqualTo(1);
    }

    @Test
    void invalidInputGetsNorwegianFieldErrors() {
        long process = newProcess();
        ApiClient.Response missing = api.post("veileder", "/api/v1/processes/" + process + "/contacts",
                object("durationMinutes", 0, "note", "x".repeat(2001)));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.errorFields()).containsExactlyInAnyOrder("counterpart", "form", "initiator",
                "durationMinutes", "note");
        assertThat(missing.body()).contains("Velg hvem du hadde kontakt med.", "Velg kontaktform.",
                "Varigheten må være et helt antall minutter fra 1 til 1440.");

        Map<String, Object> future = contact("MENTOR", "PHONE");
        future.put("occurredAt", LocalDateTime.now(OSLO).plusDays(1).withNano(0).toString());
        ApiClient.Response ahead = api.post("veileder", "/api/v1/processes/" + process + "/contacts", future);
        assertThat(ahead.status()).isEqualTo(400);
        assertThat(ahead.errorFields()).containsExactly("occurredAt");
        assertThat(ahead.body()).contains("Tidspunktet kan ikke være fram i tid.");

        Map<String, Object> tooLong = contact("MENTOR", "PHONE");
        tooLong.put("durationMinutes", 1441);
        assertThat(api.post("veileder", "/api/v1/processes/" + process + "/contacts", tooLong).errorFields())
                .containsExactly("durationMinutes");

        for (String bad : new String[] {"{\"counterpart\":\"SJEF\",\"form\":\"PHONE\",\"initiator\":\"COUNSELLOR\"}",
                "{\"counterpart\":\"MENTOR\",\"form\":\"PHONE\",\"initiator\":\"COUNSELLOR\",\"occurredAt\":\"i går\"}",
                "{\"counterpart\":\"MENTOR\",\"form\":\"PHONE\",\"initiator\":\"COUNSELLOR\",\"durationMinutes\":\"lenge\"}",
                "[]", "ikke json"}) {
            ApiClient.Response response = api.send("veileder", "POST", "/api/v1/processes/" + process + "/contacts",
                    bad, "application/json", Map.of());
            assertThat(response.status()).as(bad).isEqualTo(400);
        }
        assertThat(api.post("veileder", "/api/v1/processes/999999999/contacts", contact("MENTOR", "PHONE")).status())
                .isEqualTo(404);
        assertThat(api.get("veileder", "/api/v1/processes/999999999/collaboration-quality").status()).isEqualTo(404);
        assertThat(api.put("veileder", "/api/v1/contacts/999999999", contact("MENTOR", "PHONE"), "\"0\"").status())
                .isEqualTo(404);
    }

    @Test
    void onlyTheCounsellorsOfTheOfficeSeeAndWriteTheLog() {
        long kaja = kajasProcess();
        long id = api.post("veileder", "/api/v1/processes/" + kaja + "/contacts", contact("MENTOR", "PHONE")).id();
        for (String outsider : new String[] {"veileder2", "kandidat", "mentor", "arbeidsgiver", "beslutter",
                "kontorleder", "personvernombud"}) {
            assertThat(api.get(outsider, "/api/v1/processes/" + kaja + "/contacts").status()).as(outsider)
                    .isEqualTo(403);
            assertThat(api.post(outsider, "/api/v1/processes/" + kaja + "/contacts", contact("MENTOR", "PHONE"))
                    .status()).as(outsider).isEqualTo(403);
            assertThat(api.get(outsider, "/api/v1/contacts/" + id).status()).as(outsider).isEqualTo(403);
            assertThat(api.put(outsider, "/api/v1/contacts/" + id, contact("MENTOR", "VIDEO"), "\"0\"").status())
                    .as(outsider).isEqualTo(403);
            assertThat(api.delete(outsider, "/api/v1/contacts/" + id, "\"0\"").status()).as(outsider).isEqualTo(403);
            assertThat(api.get(outsider, "/api/v1/processes/" + kaja + "/collaboration-quality").status())
                    .as(outsider).isEqualTo(403);
        }
        assertThat(api.get(null, "/api/v1/processes/" + kaja + "/contacts").status()).isEqualTo(401);

        // a colleague at the same office reads the log and logs own contacts, but changes only their own
        assertThat(api.get("kollega-0315", "/api/v1/processes/" + kaja + "/contacts").status()).isEqualTo(200);
        assertThat(api.put("kollega-0315", "/api/v1/contacts/" + id, contact("MENTOR", "VIDEO"), "\"0\"").status())
                .isEqualTo(403);
        assertThat(api.delete("kollega-0315", "/api/v1/contacts/" + id, "\"0\"").status()).isEqualTo(403);
        long own = api.post("kollega-0315", "/api/v1/processes/" + kaja + "/contacts", contact("EMPLOYER", "EMAIL"))
                .id();
        assertThat(api.delete("kollega-0315", "/api/v1/contacts/" + own, "\"0\"").status()).isEqualTo(204);
        assertThat(api.delete("veileder", "/api/v1/contacts/" + id, "\"0\"").status()).isEqualTo(204);
    }

    @Test
    void readsAndDenialsAreAuditLogged() {
        long kaja = kajasProcess();
        long candidate = jdbc.sql("select candidate_id from inclusion_process where id = :id").param("id", kaja)
                .query(Long.class).single();
        long allowedBefore = audit("veileder", candidate, true);
        long deniedBefore = audit("veileder2", candidate, false);
        api.get("veileder", "/api/v1/processes/" + kaja + "/contacts");
        api.get("veileder2", "/api/v1/processes/" + kaja + "/contacts");
        assertThat(audit("veileder", candidate, true)).isEqualTo(allowedBefore + 1);
        assertThat(audit("veileder2", candidate, false)).isEqualTo(deniedBefore + 1);
    }

    private long audit(String username, long candidate, boolean allowed) {
        return jdbc.sql("""
                        select count(*) from audit_entry where actor_username = :u and candidate_id = :c
                        and resource = 'contact-log' and allowed = :allowed""")
                .param("u", username).param("c", candidate).param("allowed", allowed).query(Long.class).single();
    }

    @Test
    void collaborationQualityPerCounterpart() {
        long process = newProcess();
        for (int i = 0; i < 3; i++) {
            api.post("veileder", "/api/v1/processes/" + process + "/contacts", contact("MENTOR",
                    i == 0 ? "MEETING_WORKPLACE" : "PHONE"));
        }
        ApiClient.Response response = api.get("veileder", "/api/v1/processes/" + process + "/collaboration-quality");
        assertThat(response.status()).isEqualTo(200);
        JsonNode q = response.json();
        assertThat(q.path("windowDays").asInt()).isEqualTo(28); // a new process: the 4-week minimum
        JsonNode candidate = q.path("counterparts").get(0);
        JsonNode mentor = q.path("counterparts").get(1);
        assertThat(candidate.path("counterpart").asString()).isEqualTo("CANDIDATE");
        assertThat(candidate.path("frequency").asString()).isEqualTo("NEVER");
        assertThat(mentor.path("frequency").asString()).isEqualTo("TWO_TO_THREE_A_MONTH");
        assertThat(mentor.path("contactsInWindow").asInt()).isEqualTo(3);
        assertThat(mentor.path("minutesPer4Weeks").asInt()).isEqualTo(45);
        assertThat(mentor.path("inPersonPercent").asInt()).isEqualTo(33);
        assertThat(mentor.path("forms").path("PHONE").asInt()).isEqualTo(2);
        assertThat(mentor.path("forms").path("MEETING_WORKPLACE").asInt()).isEqualTo(1);
    }

    @Test
    void officeNumbersCountOpenProcessesPerBand(@Autowired CollaborationQuality quality) {
        var before = quality.forOffice("0315");
        long process = newProcess();
        for (int i = 0; i < 4; i++) {
            api.post("veileder", "/api/v1/processes/" + process + "/contacts", contact("EMPLOYER", "PHONE"));
        }
        var after = quality.forOffice("0315");
        assertThat(after.openProcesses()).isEqualTo(before.openProcesses() + 1);
        assertThat(after.bands().get(Counterpart.EMPLOYER).get(FrequencyBand.WEEKLY))
                .isEqualTo(before.bands().get(Counterpart.EMPLOYER).get(FrequencyBand.WEEKLY) + 1);
        assertThat(after.bands().get(Counterpart.MENTOR).get(FrequencyBand.NEVER))
                .isEqualTo(before.bands().get(Counterpart.MENTOR).get(FrequencyBand.NEVER) + 1);
    }

    @Test
    void contactsAreInTheCandidatesDataExport() {
        long process = newProcess();
        long candidate = jdbc.sql("select candidate_id from inclusion_process where id = :id").param("id", process)
                .query(Long.class).single();
        api.post("veileder", "/api/v1/processes/" + process + "/contacts", contact("MENTOR", "MEETING_WORKPLACE"));
        ApiClient.Response export = api.get("veileder", "/api/v1/candidates/" + candidate + "/export");
        assertThat(export.status()).isEqualTo(200);
        JsonNode log = export.json().path("contactLog");
        assertThat(log.size()).isEqualTo(1);
        assertThat(log.get(0).path("note").asString()).isEqualTo("Snakket om arbeidstiden");
        assertThat(log.get(0).path("durationMinutes").asInt()).isEqualTo(15);
        ApiClient.Response pdf = api.send("veileder", "GET", "/api/v1/candidates/" + candidate + "/export.pdf", null,
                null, Map.of("Accept", "application/pdf"));
        assertThat(pdf.status()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ pages

    private ApiClient.Response page(String user, String path) {
        return api.send(user, "GET", path, null, null, Map.of("Accept", "text/html"));
    }

    private ApiClient.Response form(String user, String path, String body) {
        return api.send(user, "POST", path, body, "application/x-www-form-urlencoded", Map.of("Accept", "text/html"));
    }

    @Test
    void quickLogFromTheProcessPageInOneClick() {
        long process = newProcess();
        ApiClient.Response detail = page("veileder", "/processes/" + process);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("Kontakt og samarbeid", "Logg kontakt med mentor",
                "Ingen kontakter er logget ennå.", "Samarbeidskvalitet", "<svg");
        // the phone is preselected and the initiator too: the button is the only click
        assertThat(detail.body()).containsPattern("value=\"PHONE\"[^>]*checked");

        ApiClient.Response logged = form("veileder", "/processes/" + process + "/contacts",
                "returnTo=process&form=PHONE&initiator=COUNSELLOR&durationMinutes=15&counterpart=MENTOR");
        assertThat(logged.status()).isEqualTo(302);
        assertThat(logged.header("Location")).endsWith("/processes/" + process + "#contacts");
        assertThat(jdbc.sql("select count(*) from contact_entry where process_id = :p and counterpart = 'MENTOR'")
                .param("p", process).query(Long.class).single()).isEqualTo(1);
        assertThat(page("veileder", "/processes/" + process).body()).contains("Telefon med Mentor")
                .doesNotContain("Ingen kontakter er logget ennå.");
    }

    @Test
    void logPageWithFieldErrorsEditAndDelete() {
        long process = newProcess();
        ApiClient.Response bad = form("veileder", "/processes/" + process + "/contacts",
                "form=PHONE&initiator=COUNSELLOR&durationMinutes=lenge&occurredAt=2026-13-45T99:00");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("Du må rette disse feilene", "Skriv varigheten som et helt antall minutter.",
                "Skriv et gyldig tidspunkt", "Velg hvem du hadde kontakt med.");

        ApiClient.Response saved = form("veileder", "/processes/" + process + "/contacts",
                "counterpart=EMPLOYER&form=EMAIL&initiator=COUNTERPART&occurredAt=2026-01-05T09:30&note=Svar+om+plan");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).endsWith("/processes/" + process + "/contacts");
        long id = jdbc.sql("select id from contact_entry where process_id = :p").param("p", process)
                .query(Long.class).single();

        ApiClient.Response log = page("veileder", "/processes/" + process + "/contacts");
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body()).contains("05.01.2026 kl. 09:30", "Svar om plan", "/contacts/" + id + "/edit", "<table",
                "<svg").doesNotContain("style=");
        // a colleague sees the entry, but no edit or delete buttons for it
        ApiClient.Response colleague = page("kollega-0315", "/processes/" + process + "/contacts");
        assertThat(colleague.status()).isEqualTo(200);
        assertThat(colleague.body()).contains("Svar om plan").doesNotContain("/contacts/" + id + "/edit");
        assertThat(page("kollega-0315", "/contacts/" + id + "/edit").status()).isEqualTo(403);

        assertThat(page("veileder", "/contacts/" + id + "/edit").body()).contains("Svar om plan");
        assertThat(form("veileder", "/contacts/" + id + "/edit",
                "version=0&counterpart=EMPLOYER&form=VIDEO&initiator=COUNTERPART&occurredAt=2026-01-05T09:30")
                .status()).isEqualTo(302);
        ApiClient.Response conflict = form("veileder", "/contacts/" + id + "/edit",
                "version=0&counterpart=EMPLOYER&form=PHONE&initiator=COUNTERPART&occurredAt=2026-01-05T09:30");
        assertThat(conflict.status()).isEqualTo(200);
        assertThat(conflict.body()).contains("endret eller slettet av noen andre");
        assertThat(form("veileder", "/contacts/" + id + "/delete", "version=1").status()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from contact_entry where id = :id").param("id", id).query(Long.class)
                .single()).isZero();
        assertThat(page("veileder2", "/processes/" + process + "/contacts").status()).isEqualTo(403);
    }
}
