package no.treklover.market;

import static no.treklover.market.MarketFixtures.MARKET_CONTACT_4614;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.treklover.browser.Browser;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Counsellor Vera at NAV Grünerløkka (0315) logs a contact with an employer; market contact Mia at NAV Bergen sør
 * (4614) starts a contact with the same employer, sees the warning naming Vera as soon as she chooses it (htmx), plans
 * a contact for today, sees the warning again on submit and registers anyway; her workspace lists the plan as due this
 * week. At desktop and phone width, each page checked by axe-core.
 */
@IntegrationTest
class EmployerContactBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @RegisterExtension
    final Browser browser = Browser.chromium();

    @BeforeEach
    void app() {
        MarketFixtures.ensureUsers(jdbc, passwords);
    }

    @Test
    void anotherOfficesContactWarnsAndTheWorkspaceShowsThePlanDueThisWeek() {
        for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
            browser.driver().manage().window().setSize(size);
            String name = "Kaffebrenneriet " + size.getWidth() + " " + System.nanoTime() % 100000 + " AS";
            long employer = MarketFixtures.newEmployer(jdbc, name);

            browser.login("veileder", "demo");
            browser.open("/employers/" + employer + "/contacts");
            browser.check("employer contact log, empty, " + size.getWidth());
            new Select(browser.find(By.id("purpose"))).selectByValue("RECRUITMENT");
            browser.type(By.id("contactPersonName"), "Kari Brenner");
            browser.type(By.id("note"), "Spurte etter folk til pakkeriet.");
            browser.clickAndWaitForPage(By.cssSelector("#new-contact button[type=submit]"));
            assertThat(browser.text(By.cssSelector(".message--success"))).isEqualTo("Kontakten er logget.");
            assertThat(browser.text(By.cssSelector("#contacts"))).contains("Kari Brenner", "Vera Veileder");
            browser.logout();

            browser.login(MARKET_CONTACT_4614, "demo");
            browser.waitForPath("/market");
            browser.check("market workspace, " + size.getWidth());
            browser.clickAndWaitForPage(By.cssSelector("#main a[href$='/employer-contacts/new']"));
            browser.type(By.id("q"), name);
            browser.visible(By.cssSelector("#employer-choices a"));
            String before = browser.driver().getCurrentUrl();
            browser.find(By.cssSelector("#employer-choices a")).click();
            // htmx swaps in the form with the warning, without loading a new page
            String warning = browser.text(By.cssSelector("#contact-warnings .contact-warning"));
            browser.waitForDocument();
            assertThat(warning).contains("Vera Veileder (NAV Grünerløkka)", "rekruttering");
            assertThat(browser.driver().getCurrentUrl()).isNotEqualTo(before).contains("employerId=" + employer);
            browser.check("new contact with the warning, " + size.getWidth());

            LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
            browser.find(By.cssSelector("label[for='kind-PLAN']")).click();
            new Select(browser.find(By.id("purpose"))).selectByValue("NEEDS_MAPPING");
            browser.setValue(By.id("nextContactOn"), today.toString());
            browser.type(By.id("contactPersonName"), "Kari Brenner");
            browser.clickAndWaitForPage(By.cssSelector("#new-contact button[type=submit]"));
            // the warning again, the input kept, and the choice to register anyway
            assertThat(browser.text(By.cssSelector(".contact-confirm"))).contains("Vil du registrere likevel?");
            assertThat(browser.text(By.cssSelector("#contact-warnings"))).contains("Vera Veileder");
            assertThat(browser.find(By.id("contactPersonName")).getDomProperty("value")).isEqualTo("Kari Brenner");
            browser.check("the warning again on submit, " + size.getWidth());
            browser.clickAndWaitForPage(By.cssSelector("button[name=confirmWarnings]"));
            assertThat(browser.text(By.cssSelector(".message--success"))).isEqualTo("Kontakten er planlagt.");

            browser.open("/market");
            assertThat(browser.text(By.cssSelector("#due-mine"))).contains(name, "Mia Markedskontakt",
                    "kartlegging av behov");
            browser.check("workspace with the plan due this week, " + size.getWidth());
            browser.logout();
        }
    }
}
