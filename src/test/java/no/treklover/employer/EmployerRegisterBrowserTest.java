package no.treklover.employer;

import static no.treklover.support.ApiClient.object;
import static no.treklover.browser.Browser.DESKTOP;
import static no.treklover.browser.Browser.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import no.treklover.browser.Browser;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The market contact's day with the register in a real browser, at desktop and phone width, every page checked by
 * axe-core: search and filter (htmx replaces the results and keeps the form, the address keeps the filters), open a
 * profile, edit the inclusion profile; an edit made stale by someone else's change meanwhile gets the conflict
 * message with the typed text kept. Then the employer logs in and sees its NAV contacts with direct phone and e-mail.
 */
@IntegrationTest
class EmployerRegisterBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final Browser browser = Browser.chromium();

    @Test
    void aMarketContactSearchesFiltersAndEditsAndTheEmployerSeesItsNavContacts() {
        long bakery = jdbc.sql("select employer_id from app_user where username = 'arbeidsgiver'")
                .query(Long.class).single();
        for (Dimension size : new Dimension[] {DESKTOP, PHONE}) {
            browser.driver().manage().window().setSize(size);
            browser.open("/login");
            browser.login("markedskontakt", "demo");
            browser.clickInHeaderAndWaitForPage(By.cssSelector("header a[href$='/employers']"));
            browser.check("register list at " + size.width);
            assertThat(browser.text(By.cssSelector(".result-count"))).matches("\\d{1,3}([ \\u00a0]\\d{3})* arbeidsgivere");

            // typing searches through htmx: the results change, the form and the typed text stay
            var form = browser.find(By.id("employer-filters"));
            browser.type(By.id("search"), "solsiden bak");
            browser.waitUntil(d -> browser.query().matches(".*search=solsiden(\\+|%20)bak.*"));
            browser.waitForDocument();
            assertThat(browser.find(By.id("employer-filters"))).as("the form is not replaced").isEqualTo(form);
            assertThat(browser.find(By.id("search")).getDomProperty("value")).isEqualTo("solsiden bak");
            assertThat(browser.findAll(By.cssSelector(".employer-link"))).extracting(e -> e.getText())
                    .containsExactly("Bakeri Solsiden AS");

            browser.type(By.id("search"), "");
            new Select(browser.find(By.id("county"))).selectByValue("03");
            browser.waitUntil(d -> browser.query().contains("county=03"));
            click(By.id("iaAgreement"));
            browser.waitUntil(d -> browser.query().contains("iaAgreement=true"));
            browser.waitForDocument();
            assertThat(browser.findAll(By.cssSelector(".employer-link"))).extracting(e -> e.getText())
                    .contains("Bakeri Solsiden AS").doesNotContain("Fana Byggservice AS");
            browser.check("register list filtered at " + size.width);

            // the filters are in the address: a reload shows the same list with the same form
            browser.open("/employers?" + browser.query());
            assertThat(browser.find(By.id("iaAgreement")).isSelected()).isTrue();
            assertThat(new Select(browser.find(By.id("county"))).getFirstSelectedOption().getText()).isEqualTo("Oslo");

            browser.clickAndWaitForPage(By.linkText("Bakeri Solsiden AS"));
            browser.waitForPath("/employers/" + bakery);
            browser.check("profile at " + size.width);
            assertThat(browser.text(By.cssSelector(".nav-contact--primary"))).contains("Markus Markedskontakt")
                    .contains("412 00 004");
            assertThat(browser.text(By.cssSelector(".visit-notes-card"))).contains("Bedriftsdag på bakeriet");
            browser.logout();
        }
        browser.size(DESKTOP);
        browser.login("markedskontakt", "demo");

        // edit the inclusion profile
        browser.open("/employers/" + bakery + "/edit");
        browser.check("edit form");
        browser.type(By.id("mentorsAvailable"), "3");
        browser.type(By.id("suitableTasks"), "Pakking og salg i butikk");
        browser.clickAndWaitForPage(By.cssSelector(".employer-edit-form button[type=submit]"));
        browser.waitForPath("/employers/" + bakery);
        assertThat(browser.text(By.cssSelector(".message--success"))).isEqualTo("Opplysningene er lagret.");
        assertThat(browser.text(By.cssSelector(".mentors-available"))).isEqualTo("3");
        assertThat(browser.text(By.cssSelector(".suitable-tasks"))).isEqualTo("Pakking og salg i butikk");

        // a second session changes the employer while this form is open: this one's save is a conflict
        browser.open("/employers/" + bakery + "/edit");
        browser.type(By.id("suitableTasks"), "Kasse og kundeservice");
        ApiClient api = new ApiClient(port);
        String etag = api.get("veileder", "/api/v1/employers/" + bakery).header("ETag");
        var current = api.get("veileder", "/api/v1/employers/" + bakery).json();
        assertThat(api.put("veileder", "/api/v1/employers/" + bakery, object("iaAgreement", true,
                "mentorsAvailable", 3, "candidateCapacity", 2, "primaryContactId",
                current.path("primaryContact").path("userId").asLong(), "backupContactId",
                current.path("backupContact").path("userId").asLong(), "contacts", java.util.List.of(
                        object("id", current.path("contactPersons").get(0).path("id").asLong(),
                                "name", current.path("contactPersons").get(0).path("name").asString()))), etag)
                .status()).isEqualTo(200);
        browser.clickAndWaitForPage(By.cssSelector(".employer-edit-form button[type=submit]"));
        assertThat(browser.text(By.cssSelector(".conflict-message"))).contains("Noen andre har endret arbeidsgiveren");
        assertThat(browser.find(By.id("suitableTasks")).getDomProperty("value"))
                .as("what was typed is kept").isEqualTo("Kasse og kundeservice");
        browser.check("edit form with a conflict");
        browser.logout();

        // the employer's own page: its NAV contacts with direct phone and e-mail, none of NAV's notes
        for (Dimension size : new Dimension[] {DESKTOP, PHONE}) {
            browser.driver().manage().window().setSize(size);
            browser.login("arbeidsgiver", "demo");
            browser.clickInHeaderAndWaitForPage(By.cssSelector("header a[href$='/employers/own']"));
            browser.check("the employer's own page at " + size.width);
            String contacts = browser.text(By.cssSelector(".nav-contacts-card"));
            assertThat(contacts).contains("Hovedkontakt", "Markus Markedskontakt", "412 00 004", "Reservekontakt",
                    "Vera Veileder", "412 00 001");
            assertThat(browser.findAll(By.cssSelector(".nav-contact--primary a[href^='tel:']"))).hasSize(1);
            assertThat(browser.findAll(By.cssSelector(".nav-contact--primary a[href^='mailto:']"))).hasSize(1);
            assertThat(browser.find(By.tagName("body")).getText()).doesNotContain("Bedriftsdag på bakeriet");
            browser.logout();
        }
    }

    private void click(By by) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", browser.find(by));
    }
}
