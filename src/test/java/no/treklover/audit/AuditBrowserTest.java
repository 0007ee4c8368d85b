package no.treklover.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.treklover.browser.Browser;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The privacy officer searches the audit log and verifies it; the candidate sees who has looked at their data.
 * Every page is checked by axe-core and for console errors.
 */
@IntegrationTest
class AuditBrowserTest {

    private static final By SEARCH = By.cssSelector("form#audit-search button[type=submit]:not([name])");
    private static final By ERROR_SUMMARY = By.cssSelector(".error-summary[role=alert]");
    private static final By RESULT_ROWS = By.cssSelector("#audit-results tbody tr");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @RegisterExtension
    final Browser browser = Browser.chromium();

    @BeforeEach
    void app() {
        AuditTestUsers.ensureOfficer(jdbc, passwords);
    }

    @Test
    void privacyOfficerSearchesTheLogAndVerifiesTheChain() {
        long kandidat = AuditTestUsers.candidateIdOf(jdbc, "kandidat");
        String nationalId = AuditTestUsers.nationalIdOf(jdbc, kandidat);
        new ApiClient(port).get("veileder", "/api/v1/candidates/" + kandidat);

        browser.open("/login");
        browser.login(AuditTestUsers.OFFICER, "demo");
        browser.open("/audit");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Tilgangslogg");
        browser.check("audit search");

        browser.type(By.id("nationalId"), "12345678901");
        browser.setValue(By.id("occurredFrom"), "2025-03-02");
        browser.setValue(By.id("occurredTo"), "2025-03-01");
        browser.clickAndWaitForPage(SEARCH);
        assertThat(browser.text(ERROR_SUMMARY)).contains("Du må rette disse feilene");
        assertThat(browser.text(By.id("nationalId-error")))
                .isEqualTo("Fødselsnummeret eller D-nummeret er ikke gyldig. Sjekk at du har skrevet alle 11 sifrene riktig.");
        assertThat(browser.text(By.id("occurredTo-error"))).isEqualTo("Til-datoen kan ikke være før fra-datoen.");
        assertThat(browser.find(By.id("nationalId")).getDomAttribute("aria-invalid")).isEqualTo("true");
        browser.check("audit search with errors");

        browser.type(By.id("nationalId"), nationalId);
        browser.setValue(By.id("occurredFrom"), "");
        browser.setValue(By.id("occurredTo"), "");
        browser.clickAndWaitForPage(SEARCH);
        assertThat(browser.findAll(ERROR_SUMMARY)).isEmpty();
        assertThat(browser.path()).isEqualTo("/audit");
        assertThat(browser.query()).as("the national id never goes into the URL").isEmpty();
        List<WebElement> rows = browser.findAll(RESULT_ROWS);
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).getText()).contains("veileder (Vera Veileder, veileder)").contains("Lest")
                .contains("Tillatt").contains(String.valueOf(kandidat));
        browser.check("audit search results");

        browser.clickAndWaitForPage(By.cssSelector("a[href$='/audit/verification']"));
        browser.waitForPath("/audit/verification");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Kontroll av tilgangsloggen");
        assertThat(browser.text(By.cssSelector(".verification-result[role=status] h2"))).isEqualTo("Loggen er ikke endret");
        assertThat(browser.text(By.cssSelector(".head-hash"))).matches("[0-9a-f]{64}");
        browser.check("audit verification");
        browser.logout();
    }

    @Test
    void candidateSeesWhoHasLookedAtTheirData() {
        AuditTestUsers.Candidate candidate = AuditTestUsers.freshCandidate(jdbc, passwords);

        browser.open("/login");
        browser.login(candidate.username(), "demo");
        browser.open("/my/access-log");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Hvem har sett opplysningene mine");
        assertThat(browser.text(By.cssSelector(".empty-state h2"))).isEqualTo("Ingen har sett opplysningene dine ennå");
        browser.check("access log, empty");

        ApiClient api = new ApiClient(port);
        api.get("veileder", "/api/v1/candidates/" + candidate.candidateId());
        api.get("veileder2", "/api/v1/candidates/" + candidate.candidateId());
        browser.open("/my/access-log");
        List<String> rows = browser.findAll(By.cssSelector("table tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("Vidar Veileder (veileder)").contains("Prøvde å se opplysningene om deg")
                .contains("Nei, ble stoppet");
        assertThat(rows.get(1)).contains("Vera Veileder (veileder)").contains("Så opplysningene om deg").endsWith("Ja");
        browser.check("access log");
    }
}
