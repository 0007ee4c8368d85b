package no.treklover.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.treklover.browser.Browser;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
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
 * A mentor's day in a real browser, on a fresh process with demo "mentor" as mentor (declaration signed): the
 * workspace, a step of the guide ticked with a note, the weekly plan edited, a question to the counsellor; the
 * counsellor answers it from the process page; the mentor reads the answer; the candidate sees the plan on a
 * phone-sized screen. Every page is checked by axe (no serious or critical violations) and for console errors.
 */
@IntegrationTest
class MentorDayBrowserTest {

    private static final By SUCCESS = By.cssSelector(".message--success[role=status]");
    private static final Pattern QUESTION_ANCHOR = Pattern.compile("question-(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @RegisterExtension
    final Browser browser = Browser.chromium();

    MentoringFixtures.Fixture f;

    @BeforeEach
    void setUp() {
        f = new MentoringFixtures(new ApiClient(port), jdbc, passwords).signed();
    }

    @Test
    void aMentorsDay() {
        String question = "Mia er trøtt om morgenen. Kan hun begynne klokka ni?";
        String answer = "Ja, prøv klokka ni denne uka, så snakker vi om det i trekløversamtalen.";

        // The mentor: the list of candidates, then the workspace.
        browser.open("/login");
        browser.login("mentor", "demo");
        browser.waitForPath("/partner");
        browser.check("partner list with mentoring links");
        browser.open("/mentoring");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Mentorarbeid");
        browser.check("mentor's candidates");
        browser.clickAndWaitForPage(By.cssSelector("a[href$='/mentoring/" + f.processId() + "']"));
        browser.waitForPath("/mentoring/" + f.processId());
        assertThat(browser.text(By.tagName("h1"))).startsWith("Arbeidsrom for Mia Mentee");
        assertThat(browser.text(By.id("main"))).contains("Hva en mentor ikke skal gjøre").contains("psykolog")
                .contains("0 av 6 steg er gjort");
        browser.check("workspace");

        // Step 1 of the guide, done with a note.
        assertThat(browser.text(By.cssSelector("#step-1 .guide-status"))).isEqualTo("Ikke gjort");
        browser.find(By.cssSelector("label[for='step-1-done']")).click();
        browser.type(By.id("step-1-note"), "Vi spiste lunsj sammen og ble kjent.");
        browser.clickAndWaitForPage(By.cssSelector("form[action$='/steps/1'] button[type=submit]"));
        browser.waitForPath("/mentoring/" + f.processId());
        assertThat(browser.text(By.cssSelector("#step-1 .guide-status"))).startsWith("Gjort ");
        assertThat(browser.text(By.cssSelector("#step-1 " + "[role=status]"))).isEqualTo("Lagret.");
        assertThat(browser.find(By.id("step-1-note")).getDomProperty("value"))
                .isEqualTo("Vi spiste lunsj sammen og ble kjent.");
        assertThat(browser.text(By.id("main"))).contains("1 av 6 steg er gjort");
        browser.check("workspace after ticking step 1");

        // A line the plan cannot read is refused on its field, and what was typed stays.
        browser.type(By.id("plan-MONDAY"), "08:00–10:00 Bake brød\n25:00 Feil");
        browser.clickAndWaitForPage(By.cssSelector("form[action$='/weekly-plan'] button[type=submit]"));
        assertThat(browser.text(By.id("plan-MONDAY-error"))).isEqualTo("Linje 2: skriv tiden slik: 08:00–11:30.");
        assertThat(browser.find(By.id("plan-MONDAY")).getDomProperty("value")).contains("25:00 Feil");
        browser.check("weekly plan with an error");

        // The weekly plan.
        browser.type(By.id("plan-MONDAY"), "08:00–10:00 Bake brød\n10:00–10:15 Pause");
        browser.type(By.id("plan-TUESDAY"), "09:00–12:00 Pakke bestillinger");
        browser.clickAndWaitForPage(By.cssSelector("form[action$='/weekly-plan'] button[type=submit]"));
        assertThat(browser.text(By.cssSelector("#plan .plan-week"))).contains("Mandag").contains("08:00–10:00")
                .contains("Bake brød").contains("Pakke bestillinger");
        browser.check("workspace after saving the weekly plan");

        // Spør veilederen.
        browser.clickAndWaitForPage(By.cssSelector(".mentoring-questions-link a[href$='/questions']"));
        browser.waitForPath("/mentoring/" + f.processId() + "/questions");
        browser.check("questions, empty");
        browser.type(By.id("question-text"), question);
        browser.clickAndWaitForPage(By.cssSelector("form.ask-form button[type=submit]"));
        assertThat(browser.text(SUCCESS)).isEqualTo("Spørsmålet er sendt til veilederen.");
        assertThat(browser.text(By.cssSelector(".question .question-text"))).isEqualTo(question);
        assertThat(browser.text(By.cssSelector(".question"))).contains("Ikke besvart ennå");
        browser.check("questions after asking");
        browser.logout();

        // The counsellor sees the open question on the process page and answers it.
        browser.login("veileder", "demo");
        browser.open("/processes/" + f.processId());
        assertThat(browser.text(By.cssSelector("#mentoring .open-questions"))).contains(question)
                .contains("Mona Mentor");
        browser.check("process page with the open question");
        browser.clickAndWaitForPage(By.cssSelector("#mentoring .open-questions a"));
        browser.waitForPath("/mentoring/" + f.processId() + "/questions");
        Matcher anchor = QUESTION_ANCHOR.matcher(browser.find(By.cssSelector(".question")).getDomAttribute("id"));
        assertThat(anchor.matches()).isTrue();
        String answerField = "answer-" + anchor.group(1);
        browser.check("questions as the counsellor");
        browser.clickAndWaitForPage(By.cssSelector("form.answer-form button[type=submit]"));
        assertThat(browser.text(By.id(answerField + "-error"))).isEqualTo("Skriv svaret.");
        browser.check("an empty answer refused");
        browser.type(By.id(answerField), answer);
        browser.clickAndWaitForPage(By.cssSelector("form.answer-form button[type=submit]"));
        assertThat(browser.text(SUCCESS)).isEqualTo("Svaret er sendt.");
        assertThat(browser.text(By.cssSelector(".question .answer-text"))).isEqualTo(answer);
        assertThat(browser.text(By.cssSelector(".question"))).contains("Første svar etter");
        browser.check("questions after answering");
        browser.open("/processes/" + f.processId());
        assertThat(browser.text(By.cssSelector("#mentoring"))).contains("Ingen ubesvarte spørsmål.");
        browser.check("process page without open questions");
        browser.logout();

        // The mentor reads the answer.
        browser.login("mentor", "demo");
        browser.open("/mentoring/" + f.processId() + "/questions");
        assertThat(browser.text(By.cssSelector(".question .answer-text"))).isEqualTo(answer);
        browser.check("questions with the answer, as the mentor");
        browser.logout();

        // The candidate sees the plan on a phone.
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.login(f.candidateUser(), "demo");
        browser.waitForPath("/my");
        browser.check("candidate's page on a phone");
        browser.open("/my/mentoring");
        assertThat(browser.text(By.cssSelector("#plan .plan-week"))).contains("Bake brød");
        browser.type(By.id("mastery-wentWell"), "Jeg bakte brød selv.");
        browser.clickAndWaitForPage(By.cssSelector("form.mastery-form button[type=submit]"));
        assertThat(browser.text(By.cssSelector(".mastery-list"))).contains("Jeg bakte brød selv.");
        Object scrollWidth = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
        assertThat(scrollWidth).as("no sideways scrolling on a phone").isEqualTo(Boolean.TRUE);
        browser.check("weekly plan and mastery log on a phone");
    }
}
