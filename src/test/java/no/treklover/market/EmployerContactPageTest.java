package no.treklover.market;

import static no.treklover.market.MarketFixtures.MARKET_CONTACT_4614;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The pages without a script: the warning on the form and again on submit, the input kept, edit, delete, workspace. */
@IntegrationTest
class EmployerContactPageTest {

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
        MarketFixtures.ensureUsers(jdbc, passwords);
    }

    private ApiClient.Response page(String user, String path) {
        return api.send(user, "GET", path, null, null, Map.of("Accept", "text/html"));
    }

    private ApiClient.Response form(String user, String path, String body) {
        return api.send(user, "POST", path, body, "application/x-www-form-urlencoded", Map.of("Accept", "text/html"));
    }

    private long count(long employer) {
        return jdbc.sql("select count(*) from employer_contact where employer_id = :e").param("e", employer)
                .query(Long.class).single();
    }

    @Test
    void theWarningIsOnTheFormAndAgainOnSubmitUntilConfirmed() {
        long employer = MarketFixtures.newEmployer(jdbc, "Varsel i Skjema AS");
        long vera = MarketFixtures.insert(jdbc, "veileder", employer, Instant.now().minus(3, ChronoUnit.DAYS), null);

        ApiClient.Response log = page(MARKET_CONTACT_4614, "/employers/" + employer + "/contacts");
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body()).contains("Én annen i NAV har vært i kontakt med arbeidsgiveren de siste 14 dagene",
                "Vera Veileder (NAV Grünerløkka) hadde kontakt", "om rekruttering (Telefon)",
                "ikke skriv navn på kandidater", "name=\"seenWarnings\" value=\"" + vera + "\"");

        String input = "kind=CONTACT&form=MEETING_WORKPLACE&purpose=IA&contactPersonName=Kari+Leder&note=Om+IA-avtalen"
                + "&seenWarnings=" + vera;
        ApiClient.Response again = form(MARKET_CONTACT_4614, "/employers/" + employer + "/contacts", input);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("Jeg har sett varselet, registrer likevel", "Vera Veileder",
                "value=\"Kari Leder\"", "Om IA-avtalen");
        assertThat(count(employer)).isEqualTo(1);

        // a warning that appeared after the form was shown must be seen first
        long newer = MarketFixtures.insert(jdbc, "veileder2", employer, Instant.now().minus(1, ChronoUnit.HOURS),
                null);
        ApiClient.Response unseen = form(MARKET_CONTACT_4614, "/employers/" + employer + "/contacts",
                input + "&confirmWarnings=true");
        assertThat(unseen.status()).isEqualTo(200);
        assertThat(unseen.body()).contains("Vidar Veileder", "name=\"seenWarnings\" value=\"" + newer + "," + vera + "\"");
        assertThat(count(employer)).isEqualTo(2);

        ApiClient.Response saved = form(MARKET_CONTACT_4614, "/employers/" + employer + "/contacts",
                input.replace("seenWarnings=" + vera, "seenWarnings=" + newer + "," + vera) + "&confirmWarnings=true");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).endsWith("/employers/" + employer + "/contacts");
        assertThat(count(employer)).isEqualTo(3);
        assertThat(page(MARKET_CONTACT_4614, "/employers/" + employer + "/contacts").body())
                .contains("Kari Leder", "Mia Markedskontakt, NAV Bergen sør", "Møte på arbeidsplassen · inkluderende");
    }

    @Test
    void withoutWarningsItSavesAtOnceAndBadInputKeepsTheForm() {
        long employer = MarketFixtures.newEmployer(jdbc, "Uten Varsel AS");
        ApiClient.Response bad = form(MARKET_CONTACT_4614, "/employers/" + employer + "/contacts",
                "kind=PLAN&form=PHONE&contactedAt=2026-13-45T99:00&nextContactOn=i+morgen&note=Behold+meg");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("Du må rette disse feilene", "Velg formål.", "Skriv en gyldig dato",
                "Skriv et gyldig tidspunkt", "Behold meg");
        LocalDate next = LocalDate.now(ZoneId.of("Europe/Oslo"));
        ApiClient.Response saved = form(MARKET_CONTACT_4614, "/employers/" + employer + "/contacts",
                "kind=PLAN&form=PHONE&purpose=FOLLOW_UP&nextContactOn=" + next);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(page(MARKET_CONTACT_4614, "/market").body()).contains("Uten Varsel AS");
    }

    @Test
    void editWithOptimisticLockingAndDeleteAfterAConfirmPage() {
        long employer = MarketFixtures.newEmployer(jdbc, "Endring AS");
        long id = MarketFixtures.insert(jdbc, MARKET_CONTACT_4614, employer,
                Instant.now().minus(2, ChronoUnit.DAYS), null);
        assertThat(page(MARKET_CONTACT_4614, "/employer-contacts/" + id + "/edit").status()).isEqualTo(200);
        assertThat(page("markedskontakt", "/employer-contacts/" + id + "/edit").status()).isEqualTo(403);
        assertThat(page("markedskontakt", "/employers/" + employer + "/contacts").body())
                .doesNotContain("/employer-contacts/" + id + "/edit");
        String body = "version=0&kind=CONTACT&form=EMAIL&purpose=OTHER&contactedAt=2026-01-05T09:30";
        assertThat(form(MARKET_CONTACT_4614, "/employer-contacts/" + id + "/edit", body).status()).isEqualTo(302);
        ApiClient.Response conflict = form(MARKET_CONTACT_4614, "/employer-contacts/" + id + "/edit",
                body.replace("EMAIL", "PHONE"));
        assertThat(conflict.status()).isEqualTo(200);
        assertThat(conflict.body()).contains("endret eller slettet av noen andre");

        ApiClient.Response confirm = page(MARKET_CONTACT_4614, "/employer-contacts/" + id + "/delete");
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body()).contains("Slette kontakten?", "05.01.2026 kl. 09:30", "name=\"version\" value=\"1\"");
        assertThat(form(MARKET_CONTACT_4614, "/employer-contacts/" + id + "/delete", "version=0").status())
                .isEqualTo(302);
        assertThat(count(employer)).as("a stale delete removes nothing").isEqualTo(1);
        assertThat(form(MARKET_CONTACT_4614, "/employer-contacts/" + id + "/delete", "version=1").status())
                .isEqualTo(302);
        assertThat(count(employer)).isZero();
    }

    @Test
    void theMarketContactStartsOnTheWorkspaceWithTheDemoContacts() {
        ApiClient.Response home = page("markedskontakt", "/");
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.header("Location")).endsWith("/market");
        ApiClient.Response workspace = page("markedskontakt", "/market");
        assertThat(workspace.status()).isEqualTo(200);
        assertThat(workspace.body()).contains("Arbeidsflate for markedsarbeid", "Sofienberg Dagligvare AS",
                "Akerselva Regnskap AS", "Løkka Kafé og Catering AS", "Grünerløkka Bygg og Tømrer AS",
                "/employers?mine=true", "/board");
        // the demo's warning case: Vidar in Bergen called an Oslo employer three days ago
        long fjordbyen = jdbc.sql("select id from employer where name = 'Fjordbyen Omsorgssenter'")
                .query(Long.class).single();
        assertThat(page("markedskontakt", "/employer-contacts/new?employerId=" + fjordbyen).body())
                .contains("Vidar Veileder (NAV Bergen sør) hadde kontakt");
        assertThat(page("markedskontakt", "/employer-contacts/new?q=Fjordbyen").body())
                .contains("/employer-contacts/new?employerId=" + fjordbyen);
        // a counsellor has no workspace of her own to start on, but may open it
        assertThat(page("veileder", "/").header("Location")).endsWith("/caseload");
        assertThat(page("kontorleder", "/market").status()).isEqualTo(403);
    }
}
