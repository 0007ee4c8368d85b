package no.treklover.learning;

import static no.treklover.support.ApiClient.object;
import static no.treklover.browser.Browser.DESKTOP;
import static no.treklover.browser.Browser.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.treklover.browser.Browser;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Reflection and experience exchange in Chromium with axe on every page, at desktop and phone width: a counsellor
 * writes a reflection note; the office leader plans an experience exchange; the counsellor makes an anonymised case of
 * her process, reviews it and marks it ready; another counsellor of the office sees it in the meeting, without the
 * candidate's name.
 */
@IntegrationTest
class LearningJourneyTest {

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
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, office_id) values
                        ('reise-kollega', :hash, 'Randi Kollega', 'COUNSELLOR', '0315')
                        on conflict (username) do nothing""")
                .param("hash", passwords.encode("demo")).update();
    }

    @Test
    void reflectPlanPresentReviewAndSee() {
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            journey(size);
        }
    }

    private void journey(Dimension size) {
        String width = size.getWidth() + " px";
        ApiClient api = new ApiClient(port);
        long candidate = api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Gunnhild", "lastName", "Refsnes")).id();
        long process = api.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
        browser.driver().manage().window().setSize(size);

        // the office leader plans the experience exchange, with the second counsellor among the participants
        String title = "Erfaringsutveksling " + process;
        browser.login("kontorleder", "demo");
        browser.open("/learning");
        browser.check("learning, office leader, " + width);
        browser.clickAndWaitForPage(By.cssSelector("a[href$='/learning/meetings/new']"));
        browser.check("plan a meeting, " + width);
        browser.type(By.id("title"), title);
        browser.setValue(By.id("startsAt"), LocalDate.now().plusDays(5) + "T09:00");
        browser.type(By.id("agenda"), "Runde\nCaser");
        long colleague = jdbc.sql("select id from app_user where username = 'reise-kollega'").query(Long.class)
                .single();
        browser.find(By.cssSelector("label[for='participant-" + colleague + "']")).click();
        browser.clickAndWaitForPage(By.cssSelector("form[action$='/learning/meetings'] button[type=submit]"));
        browser.waitForPath("/learning/meetings/\\d+");
        long meeting = Long.parseLong(browser.path().replaceAll("\\D+", ""));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(title);
        assertThat(browser.text(By.id("participants"))).contains("Randi Kollega");
        browser.check("planned meeting, " + width);
        browser.logout();

        // the counsellor reflects on her process, from its card on the process page
        browser.login("veileder", "demo");
        browser.open("/processes/" + process);
        browser.clickAndWaitForPage(By.cssSelector("#reflections a[href$='/reflections']"));
        browser.check("reflection page, " + width);
        browser.type(By.id("whatWasDone"), "Jeg ringte arbeidsgiveren før vi hadde snakket om ønskene hennes.");
        browser.type(By.id("whatToChange"), "Spørre om ønsker først.");
        browser.clickAndWaitForPage(By.cssSelector("form[action$='/reflections'] button[type=submit]"));
        assertThat(browser.text(By.id("notes"))).contains("Jeg ringte arbeidsgiveren", "Bare for meg");
        browser.check("reflection written, " + width);

        // ... and makes an anonymised case of it for the meeting
        browser.find(By.cssSelector("#meetingId option[value='" + meeting + "']")).click();
        browser.clickAndWaitForPage(By.cssSelector("form[action$='/anonymised-cases'] button[type=submit]"));
        browser.waitForPath("/learning/cases/\\d+/edit");
        long caseId = Long.parseLong(browser.path().replaceAll("\\D+", ""));
        String draft = browser.find(By.tagName("main")).getText();
        assertThat(draft).doesNotContain("Gunnhild").doesNotContain("Refsnes");
        browser.check("case review, " + width);
        // a name of the process is refused on its field
        browser.type(By.id("story"), "Gunnhild ville egentlig noe annet.");
        browser.clickAndWaitForPage(By.cssSelector("form[action$='/edit'] button[type=submit]"));
        assertThat(browser.text(By.id("story-error"))).contains("navn fra forløpet");
        browser.check("case review refused, " + width);
        browser.type(By.id("story"), "Hun ville egentlig noe annet enn det jeg foreslo.");
        browser.type(By.id("question"), "Hvordan spør dere om ønsker?");
        browser.clickAndWaitForPage(By.cssSelector("form[action$='/edit'] button[type=submit]"));
        browser.clickAndWaitForPage(By.cssSelector("form[action$='/ready'] button[type=submit]"));
        browser.waitForPath("/learning/meetings/" + meeting);
        assertThat(browser.text(By.id("cases"))).contains("Hun ville egentlig noe annet");
        browser.check("meeting with the ready case, " + width);
        assertThat(jdbc.sql("select process_id from anonymised_case where id = :id").param("id", caseId)
                .query(Long.class).optional()).isEmpty();
        browser.logout();

        // another counsellor of the office sees it in the meeting, never the person
        browser.login("reise-kollega", "demo");
        browser.open("/learning/meetings/" + meeting);
        String seen = browser.text(By.id("cases"));
        assertThat(seen).contains("Hun ville egentlig noe annet", "Hvordan spør dere om ønsker?",
                "Presentert av Vera Veileder").doesNotContain("Gunnhild").doesNotContain("Refsnes");
        browser.check("meeting seen by a colleague, " + width);
        browser.logout();
    }
}
