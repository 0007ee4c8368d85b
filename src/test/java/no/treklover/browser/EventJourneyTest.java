package no.treklover.browser;

import static no.treklover.support.ApiClient.object;
import static no.treklover.browser.Browser.DESKTOP;
import static no.treklover.browser.Browser.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A job fair in Chromium, desktop and phone, with axe on every page: the market contact creates and publishes it and
 * adds the employer with its slots, the counsellor books a slot for her candidate (the employer is notified), and
 * the employer records its decision after the interview, which the counsellor then sees.
 */
@IntegrationTest
class EventJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final Browser browser = Browser.chromium();

    @Test
    void publishBookAndDecide() {
        ApiClient api = new ApiClient(port);
        long candidate = api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Jenny", "lastName", "Jobbmessesen")).id();
        long process = api.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
        String orgNumber = jdbc.sql("""
                select e.org_number from employer e join app_user u on u.employer_id = e.id
                 where u.username = 'arbeidsgiver'""").query(String.class).single();
        String title = "Ta sjansen " + process;
        LocalDate day = LocalDate.now().plusDays(20);

        // the market contact creates the fair, adds the employer with its slots and publishes it
        browser.size(DESKTOP);
        browser.open("/login");
        browser.login("markedskontakt", "demo");
        browser.open("/events/new");
        browser.check("new event form");
        new Select(browser.find(By.id("type"))).selectByValue("JOB_FAIR");
        browser.type(By.id("title"), title);
        browser.setValue(By.id("date"), day.toString());
        browser.setValue(By.id("startTime"), "09:00");
        browser.setValue(By.id("endTime"), "13:00");
        browser.type(By.id("venue"), "Grünerløkka samfunnshus");
        browser.find(By.id("inv-0315")).click();
        browser.clickAndWaitForPage(By.cssSelector("form[action$='/events'] button[type=submit]"));
        browser.waitForPath("/events/\\d+");
        long event = Long.parseLong(browser.path().replaceAll("\\D+", ""));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(title);
        browser.check("event draft");
        browser.type(By.id("orgNumber"), orgNumber);
        browser.type(By.id("tasks"), "Varemottak og butikk");
        browser.setValue(By.id("slotStart"), "09:00");
        browser.setValue(By.id("slotEnd"), "11:00");
        browser.type(By.id("breaks"), "10:00-10:30");
        browser.clickAndWaitForPage(By.cssSelector("form[action$='/employers'] button[type=submit]"));
        assertThat(browser.find(By.tagName("main")).getText()).contains("Varemottak og butikk", "3 ledige tider av 3");
        browser.clickAndWaitForPage(By.xpath("//button[normalize-space()='Publiser']"));
        assertThat(browser.text(By.cssSelector(".message--success"))).contains("publisert");
        browser.check("event published");
        browser.logout();

        // the counsellor books a slot on a phone; the employer is notified
        browser.size(PHONE);
        browser.login("veileder", "demo");
        browser.open("/events");
        browser.check("events, counsellor, phone");
        browser.open("/events/" + event);
        browser.check("event, counsellor, phone");
        new Select(browser.find(By.cssSelector("form.booking-form select[name=processId]")))
                .selectByValue(String.valueOf(process));
        browser.clickAndWaitForPage(By.cssSelector("form.booking-form button[type=submit]"));
        assertThat(browser.text(By.cssSelector(".message--success"))).contains("Tiden er booket");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Jenny Jobbmessesen");
        browser.check("event after booking, phone");
        browser.logout();

        // the employer sees the booked candidate on its own page and records its decision
        browser.size(DESKTOP);
        browser.login("arbeidsgiver", "demo");
        browser.open("/notifications");
        assertThat(browser.find(By.tagName("main")).getText()).contains("En kandidat har fått en intervjutid hos dere");
        browser.open("/employers/own");
        browser.check("employer's own page with interviews");
        browser.clickAndWaitForPage(By.xpath("//tr[.//th[normalize-space()='Jenny Jobbmessesen']]//a[contains(@href,'/decision')]"));
        browser.check("decision form");
        new Select(browser.find(By.id("decision"))).selectByValue("ARBEIDSTRENING");
        browser.type(By.id("feedback"), "Blid og nysgjerrig, kan starte med to dager i uka");
        browser.clickAndWaitForPage(By.cssSelector("form[action$='/decision'] button[type=submit]"));
        browser.waitForPath("/employers/own");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Tilbud om arbeidstrening");
        browser.size(PHONE);
        browser.check("employer's own page after the decision, phone");
        browser.logout();

        // the counsellor is told and sees the decision on the event
        browser.size(DESKTOP);
        browser.login("veileder", "demo");
        browser.open("/notifications");
        assertThat(browser.find(By.tagName("main")).getText()).contains("har registrert en beslutning");
        browser.open("/events/" + event);
        assertThat(browser.find(By.tagName("main")).getText()).contains("Tilbud om arbeidstrening",
                "Blid og nysgjerrig");
        browser.check("event with the decision");
    }
}
