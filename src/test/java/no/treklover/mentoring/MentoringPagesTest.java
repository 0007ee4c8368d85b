package no.treklover.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The workspace pages: the gate before the declaration, the weekly plan's conflict with both versions, errors. */
@IntegrationTest
class MentoringPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    ApiClient http;
    MentoringFixtures fixtures;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        fixtures = new MentoringFixtures(http, jdbc, passwords);
    }

    private ApiClient.Response page(String user, String path) {
        return http.send(user, "GET", path, null, null, Map.of("Accept", "text/html"));
    }

    private ApiClient.Response form(String user, String path, String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(fields[i]).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return http.send(user, "POST", path, body.toString(), "application/x-www-form-urlencoded",
                Map.of("Accept", "text/html"));
    }

    @Test
    void beforeSigningTheWorkspaceSaysSoAndLinksToTheAgreement() {
        MentoringFixtures.Fixture f = fixtures.unsigned();
        ApiClient.Response gate = page("mentor", "/mentoring/" + f.processId());
        assertThat(gate.status()).isEqualTo(200);
        assertThat(gate.body()).contains("Signer taushetserklæringen først")
                .contains("href=\"/agreements/" + f.agreementId() + "\"")
                .doesNotContain("Mia Mentee").doesNotContain("Mentorveilederens seks steg");
        ApiClient.Response list = page("mentor", "/mentoring");
        assertThat(list.body()).contains("Du må signere taushetserklæringen");
        assertThat(form("mentor", "/mentoring/" + f.processId() + "/steps/1", "version", "0", "done", "true")
                .status()).isEqualTo(403);

        fixtures.sign(f);
        ApiClient.Response open = page("mentor", "/mentoring/" + f.processId());
        assertThat(open.body()).contains("Arbeidsrom for Mia Mentee").contains("Mentorveilederens seks steg")
                .contains("Lag en ukeplan med aktiviteter og arbeidsoppgaver.");
        assertThat(page("arbeidsgiver", "/mentoring/" + f.processId()).status()).isEqualTo(403);
        assertThat(page("arbeidsgiver", "/mentoring/" + f.processId() + "/questions").status()).isEqualTo(200);
        assertThat(page("arbeidsgiver", "/partner").body())
                .contains("href=\"/mentoring/" + f.processId() + "/questions\"");
    }

    @Test
    void aStaleWeeklyPlanSaveShowsBothVersionsAndOverwritesNothing() {
        MentoringFixtures.Fixture f = fixtures.signed();
        String plan = "/mentoring/" + f.processId() + "/weekly-plan";
        assertThat(form("mentor", plan, "version", "0", "MONDAY", "08:00–10:00 Bake brød").status()).isEqualTo(302);

        ApiClient.Response stale = form(f.candidateUser(), plan, "version", "0", "TUESDAY",
                "09:00–12:00 Pakke bestillinger");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("Ukeplanen ble endret av noen andre mens du skrev")
                .contains("Din versjon (ikke lagret)").contains("09:00–12:00 Pakke bestillinger")
                .contains("Lagret versjon").contains("08:00–10:00 Bake brød");
        assertThat(http.get("mentor", "/api/v1/processes/" + f.processId() + "/weekly-plan").json()
                .path("items").get(0).path("activity").asString()).isEqualTo("Bake brød");

        ApiClient.Response saved = form(f.candidateUser(), plan, "version", "1", "MONDAY",
                "08:00–10:00 Bake brød", "TUESDAY", "09:00–12:00 Pakke bestillinger");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).endsWith("/my/mentoring#plan");
        assertThat(page(f.candidateUser(), "/my/mentoring").body()).contains("Pakke bestillinger")
                .contains("Bake brød");
    }

    @Test
    void invalidInputGetsNorwegianFieldMessagesAndKeepsWhatWasTyped() {
        MentoringFixtures.Fixture f = fixtures.signed();
        ApiClient.Response step = form("mentor", "/mentoring/" + f.processId() + "/steps/3", "version", "0",
                "done", "true", "doneOn", "2999-01-01", "note", "Mitt notat");
        assertThat(step.status()).isEqualTo(200);
        assertThat(step.body()).contains("Datoen kan ikke være fram i tid.").contains("Mitt notat");

        ApiClient.Response mastery = form("mentor", "/mentoring/" + f.processId() + "/mastery", "date", "i går");
        assertThat(mastery.body()).contains("Verdien har feil format.");

        ApiClient.Response flag = form("mentor", "/mentoring/" + f.processId() + "/flags", "challenge", "",
                "note", "Trøtt");
        assertThat(flag.body()).contains("Velg en utfordring.").contains("Trøtt");

        ApiClient.Response question = form("arbeidsgiver", "/mentoring/" + f.processId() + "/questions", "text", " ");
        assertThat(question.status()).isEqualTo(200);
        assertThat(question.body()).contains("Skriv spørsmålet.");
    }
}
