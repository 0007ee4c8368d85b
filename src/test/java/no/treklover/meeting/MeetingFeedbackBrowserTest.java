package no.treklover.meeting;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import no.treklover.browser.Browser;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Kaja (demo user "kandidat") gives feedback after a held meeting on a phone-sized screen: the link on /my, the
 * form with its error summary, big touch targets, her answer afterwards; the counsellor reads it on the meeting page.
 * Every page is checked by axe (no serious or critical violations) and for console errors.
 */
@IntegrationTest
class MeetingFeedbackBrowserTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final Browser browser = Browser.chromium();

    long meeting;

    @BeforeEach
    void setUp() {
        ApiClient http = new ApiClient(port);
        MeetingFixtures fixtures = new MeetingFixtures(http, jdbc);
        String yesterday = ZonedDateTime.now(OSLO).minusDays(1).withHour(10).withMinute(0).withSecond(0).withNano(0)
                .toOffsetDateTime().toString();
        meeting = fixtures.create(fixtures.kajasProcess(), object("type", "TREKLOVERSAMTALE", "startsAt", yesterday,
                "channel", "WORKPLACE", "status", "HELD", "participants", List.of(object("role", "CANDIDATE"),
                        object("role", "MENTOR"), object("role", "COUNSELLOR")))).id();
    }

    @Test
    void kajaGivesFeedbackOnHerPhone() {
        String comment = "Jeg fikk sagt det jeg ville. Kan vi ha neste møte litt tidligere?";
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/login");
        browser.login("kandidat", "demo");
        browser.waitForPath("/my");
        // the meeting's card links to the feedback (and "Dette må du gjøre nå" may list it first)
        By link = By.cssSelector("a[href='/meetings/" + meeting + "/feedback']");
        assertThat(browser.findAll(link)).extracting(WebElement::getText).contains("Gi tilbakemelding");
        browser.check("my page with the feedback link on a phone");

        browser.clickAndWaitForPage(link);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Tilbakemelding på møtet");
        assertThat(browser.findAll(By.cssSelector("fieldset legend")).stream().map(WebElement::getText).toList())
                .containsExactly("Hvordan var møtet for deg?", "Ble du hørt?");
        for (WebElement label : browser.findAll(By.cssSelector(".feedback-choice label"))) {
            assertThat(label.getSize().getHeight()).as("touch target of " + label.getText()).isGreaterThanOrEqualTo(44);
        }
        noSidewaysScrolling();
        browser.check("feedback form on a phone");

        // sending nothing: the error summary names both questions
        browser.clickAndWaitForPage(By.cssSelector("form.feedback-form button[type=submit]"));
        assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Hvordan var møtet for deg?")
                .contains("Ble du hørt?");
        browser.check("feedback form with errors on a phone");

        browser.find(By.cssSelector("label[for=rating]")).click();
        browser.find(By.cssSelector("label[for=heard-PARTLY]")).click();
        browser.type(By.id("comment"), comment);
        browser.clickAndWaitForPage(By.cssSelector("form.feedback-form button[type=submit]"));
        browser.waitForPath("/my");
        assertThat(browser.text(By.cssSelector(".my-meetings .message--success"))).contains("Takk!");
        assertThat(browser.text(By.cssSelector("li[data-meeting='" + meeting + "'] .my-feedback")))
                .contains("Bra. Hørt: Delvis.");
        assertThat(browser.text(link)).isEqualTo("Endre");
        noSidewaysScrolling();
        browser.check("my page with the feedback given on a phone");
        browser.logout();

        // the counsellor reads it on the meeting page
        browser.driver().manage().window().setSize(new Dimension(1280, 1024));
        browser.login("veileder", "demo");
        browser.open("/meetings/" + meeting);
        assertThat(browser.text(By.id("feedback"))).contains("Kandidatens tilbakemelding").contains(comment)
                .contains("Delvis");
        browser.check("meeting page with the candidate's feedback");
    }

    private void noSidewaysScrolling() {
        Object fits = ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
        assertThat(fits).as("no sideways scrolling on a phone").isEqualTo(Boolean.TRUE);
    }
}
