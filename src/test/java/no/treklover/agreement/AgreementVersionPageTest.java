package no.treklover.agreement;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import no.treklover.agreement.AgreementFixtures.Case;
import no.treklover.support.ApiClient;
import no.treklover.support.ApiClient.Response;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The versions page side by side, and the change forms with field errors and the stale-version conflict. */
@IntegrationTest
class AgreementVersionPageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    ApiClient http;
    AgreementFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        fixtures = new AgreementFixtures(http, jdbc, passwords);
        today = AgreementFixtures.today();
    }

    long concluded(Case c) {
        long id = fixtures.signedAgreement(c.processId());
        String path = "/api/v1/agreements/" + id + "/approvals";
        http.post(c.candidateUser(), path, object("as", "CANDIDATE"), "\"2\"");
        http.post("arbeidsgiver", path, object("as", "EMPLOYER"), "\"3\"");
        http.post("veileder", path, object("as", "COUNSELLOR"), "\"4\"");
        assertThat(http.post("beslutter", path, object("as", "DECISION_MAKER"), "\"5\"").status()).isEqualTo(200);
        return id;
    }

    Response page(String user, String path) {
        return http.send(user, "GET", path, null, null, Map.of("Accept", "text/html"));
    }

    Response form(String user, String path, String body) {
        return http.send(user, "POST", path, body, "application/x-www-form-urlencoded", Map.of("Accept", "text/html"));
    }

    @Test
    void theCounsellorExtendsThroughTheFormAndSeesTheVersionsSideBySide() {
        Case c = fixtures.partnerCase();
        long id = concluded(c);
        LocalDate end = today.plusMonths(3).minusDays(1);

        Response blank = page("veileder", "/agreements/" + id + "/changes/new?type=FORLENGE");
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.body()).contains("Forleng avtalen", "name=\"endDate\"", "Nå: ");

        Response invalid = form("veileder", "/agreements/" + id + "/changes",
                "type=FORLENGE&version=6&endDate=" + end.minusDays(1));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("Du må rette disse feilene", "Den nye sluttdatoen må være etter dagens sluttdato",
                "aria-invalid=\"true\"");
        Response badDate = form("veileder", "/agreements/" + id + "/changes", "type=FORLENGE&version=6&endDate=snart");
        assertThat(badDate.status()).isEqualTo(200);
        assertThat(badDate.body()).contains("Skriv en gyldig dato");

        Response saved = form("veileder", "/agreements/" + id + "/changes",
                "type=FORLENGE&version=6&endDate=" + end.plusMonths(1));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).endsWith("/agreements/" + id + "/versions");

        Response stale = form("veileder", "/agreements/" + id + "/changes",
                "type=ENDRE_OPPFOLGING&version=6&followUp=Hver+uke");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("Noen andre har endret avtalen");

        Response shortened = form("veileder", "/agreements/" + id + "/changes",
                "type=FORKORTE&version=7&endDate=" + end.minusDays(5) + "&reason=ANNET&reasonText=Flytter");
        assertThat(shortened.status()).isEqualTo(302);

        Response versions = page("veileder", "/agreements/" + id + "/versions");
        assertThat(versions.status()).isEqualTo(200);
        assertThat(versions.body()).contains("Forlenget", "Forkortet", "Annet: Flytter", "Versjon 2", "Versjon 3",
                "version-compare__row--changed", ">Endret<", "Sluttdato", "/versions/3.pdf");
        Response compared = page("veileder", "/agreements/" + id + "/versions?left=1&right=2&onlyChanged=true");
        assertThat(compared.body()).contains("1 felt er endret.", "Sluttdato").doesNotContain("Mentorens fornavn");

        Response candidate = page(c.candidateUser(), "/agreements/" + id + "/versions");
        assertThat(candidate.status()).isEqualTo(200);
        assertThat(candidate.body()).contains("Sluttdato").doesNotContain("Kontonummer", "Arbeidsgiveravgift",
                "Gjør en endring", "12345678903");
    }

    @Test
    void onlyTheCounsellorGetsTheFormsAndOnlyForConcludedAgreements() {
        Case c = fixtures.partnerCase();
        long id = concluded(c);
        for (String user : new String[] {"beslutter", "arbeidsgiver", "mentor", c.candidateUser(), "veileder2"}) {
            assertThat(page(user, "/agreements/" + id + "/changes/new?type=FORLENGE").status()).as(user)
                    .isEqualTo(403);
            assertThat(form(user, "/agreements/" + id + "/changes", "type=ENDRE_OPPFOLGING&version=6&followUp=X")
                    .status()).as(user).isEqualTo(403);
        }
        assertThat(page("veileder", "/agreements/" + id + "/changes/new").body()).contains("Velg hva du vil endre");
        assertThat(page("veileder", "/agreements/" + id + "/changes/new?type=TULL").body())
                .contains("Velg hva du vil endre");
        Case other = fixtures.partnerCase();
        long draft = fixtures.signedAgreement(other.processId());
        assertThat(page("veileder", "/agreements/" + draft + "/changes/new?type=FORLENGE").status()).isEqualTo(409);
        Response none = page("veileder", "/agreements/" + draft + "/versions");
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.body()).contains("Avtalen har ingen versjoner ennå");
    }

    @Test
    void theDemoHasAnAgreementWithThreeVersionsForItsUsers() {
        long id = jdbc.sql("select min(agreement_id) from agreement_version where version_number = 3")
                .query(Long.class).single();
        for (String user : new String[] {"veileder", "beslutter", "mentor", "arbeidsgiver"}) {
            Response versions = page(user, "/agreements/" + id + "/versions");
            assertThat(versions.status()).as(user).isEqualTo(200);
            assertThat(versions.body()).as(user).contains("Forlenget", "Endret beregning", "Inngått",
                    "version-compare__row--changed");
        }
        assertThat(page("veileder", "/agreements/" + id + "/changes/new?type=ENDRE_MENTOR").body())
                .contains("Mona", "Nå: ");
    }
}
