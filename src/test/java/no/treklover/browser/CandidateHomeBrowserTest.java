package no.treklover.browser;

import static no.treklover.browser.Browser.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.treklover.agreement.AgreementFixtures;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.MessageLookups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The candidate's home page as she meets it on her phone: "Dette må du gjøre nå" lists what waits for her, each a
 * link to where it is done, and a task is gone once done; she switches her pages to English, and they stay English
 * after logging out and in, also on another device (a browser without her cookies). Then every page of hers is
 * walked in English at phone width with axe, and no text she is shown falls back to bokmål (every key looked up
 * in English, by templates and Java code alike, has its English text).
 */
@IntegrationTest
class CandidateHomeBrowserTest {

    private static final By TASKS = By.id("my-tasks");
    private static final By TASK_LINKS = By.cssSelector("#my-tasks a.my-task");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    MessageLookups lookups;

    @RegisterExtension
    final Browser browser = Browser.chromium();

    @AfterEach
    void kajaReadsBokmalAgain() {
        lookups.stop();
        jdbc.sql("update app_user set language = 'nb' where username = 'kandidat'").update();
    }

    @Test
    void theCandidateDoesWhatWaitsForHerAndKeepsHerLanguage() {
        AgreementFixtures fixtures = new AgreementFixtures(new ApiClient(port), jdbc, passwords);
        AgreementFixtures.Case c = fixtures.partnerCase();
        long agreement = fixtures.signedAgreement(c.processId());
        browser.size(PHONE);

        // She logs in and sees first what she must do: approve the agreement, and make a weekly plan with her mentor.
        browser.login(c.candidateUser(), "demo");
        browser.waitForPath("/my");
        assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("nb");
        assertThat(browser.text(By.cssSelector("#my-tasks h2"))).isEqualTo("Dette må du gjøre nå");
        assertThat(tasks()).containsExactly("Les og godkjenn mentoravtalen", "Lag ukeplanen sammen med mentoren");
        assertThat(taskHref(0)).endsWith("/agreements/" + agreement);
        assertThat(browser.text(By.id("my-now"))).contains("Du er nå i fasen: Kartlegging", "Dette skjer etterpå:");
        assertThat(browser.findAll(By.cssSelector(".my-phases > li"))).hasSize(7);
        browser.check("home page with two tasks");

        // The task leads straight to the agreement; once approved, the task is gone.
        browser.clickAndWaitForPage(browser.findAll(TASK_LINKS).get(0));
        assertThat(browser.path()).isEqualTo("/agreements/" + agreement);
        browser.clickAndWaitForPage(By.id("approve"));
        assertThat(browser.text(By.cssSelector(".message--success[role=status]"))).isEqualTo("Du har godkjent avtalen.");
        browser.open("/my");
        assertThat(tasks()).containsExactly("Lag ukeplanen sammen med mentoren");

        // The weekly plan: written and saved, and nothing is left to do.
        browser.clickAndWaitForPage(browser.findAll(TASK_LINKS).get(0));
        assertThat(browser.path()).isEqualTo("/my/mentoring");
        browser.type(By.id("plan-MONDAY"), "08:00–12:00 Bake brød med mentoren");
        browser.clickAndWaitForPage(By.cssSelector("form.plan-form button[type=submit]"));
        browser.open("/my");
        assertThat(browser.findAll(TASK_LINKS)).isEmpty();
        assertThat(browser.text(TASKS)).contains("Du har ingenting du må gjøre nå.");
        browser.check("home page with nothing to do");

        // She chooses English with the keyboard: the page comes back in English and says so in <html lang>.
        WebElement english = browser.find(By.id("language-en"));
        assertThat(english.getDomAttribute("lang")).isEqualTo("en");
        assertThat(english.getText()).isEqualTo("English");
        english.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitUntil(d -> "en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
        assertThat(browser.path()).isEqualTo("/my");
        assertEnglishHome();
        browser.check("home page in English");

        // Logged out and in again: still English, taken from her account.
        browser.logout();
        browser.login(c.candidateUser(), "demo");
        browser.waitForPath("/my");
        assertEnglishHome();

        // Another device: a browser without her cookies.
        browser.driver().manage().deleteAllCookies();
        browser.login(c.candidateUser(), "demo");
        browser.waitForPath("/my");
        assertEnglishHome();

        // And back to bokmål.
        browser.clickAndWaitForPage(By.id("language-nb"));
        assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("nb");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Mitt forløp");
    }

    /** Kaja's pages (meetings with minutes and feedback, weekly plan, sharing, innsyn) in English on her phone. */
    @Test
    void everyPageOfTheCandidateInEnglishAtPhoneWidth() {
        long kaja = jdbc.sql("select candidate_id from app_user where username = 'kandidat'").query(Long.class)
                .single();
        long process = jdbc.sql("select id from inclusion_process where candidate_id = :c and open")
                .param("c", kaja).query(Long.class).single();
        long agreement = jdbc.sql("select min(id) from mentor_agreement where process_id = :p")
                .param("p", process).query(Long.class).single();
        List<Long> meetings = jdbc.sql("""
                        select m.id from meeting m join meeting_participant mp on mp.meeting_id = m.id
                        join app_user u on u.id = mp.user_id and u.username = 'kandidat'
                        where m.process_id = :p order by m.id""").param("p", process).query(Long.class).list();
        long held = jdbc.sql("select max(id) from meeting where process_id = :p and status = 'HELD'")
                .param("p", process).query(Long.class).single();
        assertThat(meetings).as("Kaja takes part in the demo meetings").isNotEmpty();

        browser.size(PHONE);
        browser.login("kandidat", "demo");
        browser.clickAndWaitForPage(By.id("language-en"));
        lookups.start("en");
        PageChecker pages = new PageChecker(browser, "kandidat");
        pages.language("en");
        pages.size(PHONE);
        pages.check("/my", "/my/mentoring", "/my/consent", "/my/access-log", "/agreements/" + agreement,
                "/meetings/calendar", "/notifications", "/meetings/" + held + "/feedback",
                "/my/access-log?action=READ");
        meetings.forEach(m -> pages.check("/meetings/" + m));
        // forms answered with their field messages, in English too
        pages.submitAndCheck("/my/mentoring", "form.mastery-form");
        pages.assertAllPassed();

        assertThat(lookups.keys()).as("the walk looked up English texts").contains("my.tasks.title", "nav.logout");
        assertThat(lookups.withoutTranslation()).as("texts shown in bokmål on the candidate's English pages")
                .isEmpty();
        // (the switch names each language in itself, on purpose)
        assertThat(lookups.inOtherLanguages()).as("texts looked up in bokmål by Java code while she read English")
                .filteredOn(key -> !key.startsWith("language.self ")).isEmpty();
    }

    private void assertEnglishHome() {
        assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("My process");
        assertThat(browser.text(By.cssSelector("#my-tasks h2"))).isEqualTo("What you must do now");
        assertThat(browser.text(TASKS)).contains("You have nothing you must do now.");
        assertThat(browser.text(By.id("my-now"))).contains("You are now in the phase:");
    }

    private List<String> tasks() {
        return browser.findAll(TASK_LINKS).stream().map(e -> e.getText().strip()).toList();
    }

    private String taskHref(int index) {
        return browser.findAll(TASK_LINKS).get(index).getDomAttribute("href");
    }
}
