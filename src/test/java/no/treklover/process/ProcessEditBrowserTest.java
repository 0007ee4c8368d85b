package no.treklover.process;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.treklover.browser.Browser;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Endre opplysninger" on a process in a real browser, at desktop and phone width: the counsellor types the mentor's
 * name and the goals, then searches for the employer. The search stays in the form (htmx swaps only the list; without
 * JavaScript the whole form comes back as typed), and registering a missing employer returns to the form with the
 * draft and the new employer chosen. Every page checked by axe-core.
 */
@IntegrationTest
class ProcessEditBrowserTest {

    private static final By MENTOR_NAME = By.id("mentorName");
    private static final By GOALS = By.id("goals");
    private static final By SEARCH = By.id("employerSearch");
    private static final By SAVE = By.cssSelector("form[method=post][action$='/edit'] button[data-variant=primary]");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final Browser browser = Browser.chromium();

    private String employerName;
    private String orgNumber;

    @BeforeEach
    void app() {
        orgNumber = TestPeople.newOrgNumber();
        employerName = "Søkebakeriet " + orgNumber.substring(5) + " AS";
        jdbc.sql("insert into employer (org_number, name) values (?, ?)").params(orgNumber, employerName).update();
    }

    @Test
    void searchingForTheEmployerKeepsTheMentorAndGoalsAlreadyTyped() {
        browser.open("/login");
        browser.login("veileder", "demo");
        for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
            browser.driver().manage().window().setSize(size);
            long process = newProcess();
            String edit = "/processes/" + process + "/edit";
            browser.open(edit);
            browser.check("details form " + size.getWidth());
            browser.type(MENTOR_NAME, "Mona Mentor");
            browser.type(GOALS, "Lære kassa og varemottak");

            // typing in the search asks htmx for the list only: same page, same fields
            WebElement page = browser.find(By.tagName("html"));
            browser.type(SEARCH, employerName);
            browser.waitUntil(d -> options().contains(employerName + " (" + orgNumber + ")") && options().size() == 2);
            browser.waitForDocument();
            assertThat(browser.path()).isEqualTo(edit);
            assertThat(page.isDisplayed()).as("the page was not reloaded").isTrue();
            assertThat(browser.find(MENTOR_NAME).getDomProperty("value")).isEqualTo("Mona Mentor");
            assertThat(browser.find(GOALS).getDomProperty("value")).isEqualTo("Lære kassa og varemottak");
            assertThat(browser.text(By.id("employer-count"))).isEqualTo("1 arbeidsgiver passer med «" + employerName + "»");
            browser.check("details form with employers found " + size.getWidth());

            new Select(browser.find(By.id("employerId"))).selectByVisibleText(employerName + " (" + orgNumber + ")");
            browser.clickAndWaitForPage(SAVE);
            browser.waitForPath("/processes/" + process);
            assertThat(stored(process)).isEqualTo("Mona Mentor|Lære kassa og varemottak|" + employerName);
        }
    }

    @Test
    void withoutJavaScriptTheSearchButtonBringsTheWholeFormBackAsTyped() {
        browser.open("/login");
        browser.login("veileder", "demo");
        long process = newProcess();
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setScriptExecutionDisabled",
                Map.of("value", true));
        browser.open("/processes/" + process + "/edit");
        browser.type(MENTOR_NAME, "Mona Mentor");
        browser.type(GOALS, "Lære kassa");
        browser.type(SEARCH, employerName);
        browser.clickAndWaitForPage(By.cssSelector("button[name=searchEmployer]"));
        assertThat(browser.path()).isEqualTo("/processes/" + process + "/edit");
        assertThat(browser.find(MENTOR_NAME).getDomProperty("value")).isEqualTo("Mona Mentor");
        assertThat(browser.find(GOALS).getDomProperty("value")).isEqualTo("Lære kassa");
        assertThat(browser.find(SEARCH).getDomProperty("value")).isEqualTo(employerName);
        assertThat(options()).containsExactly("Ingen arbeidsplass valgt", employerName + " (" + orgNumber + ")");
        assertThat(stored(process)).as("the search saved nothing").isEqualTo("||");
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setScriptExecutionDisabled",
                Map.of("value", false));
    }

    @Test
    void registeringAMissingEmployerReturnsToTheFormWithTheDraftAndTheNewEmployer() {
        browser.open("/login");
        browser.login("veileder", "demo");
        long process = newProcess();
        browser.open("/processes/" + process + "/edit");
        browser.type(MENTOR_NAME, "Mona Mentor");
        browser.type(GOALS, "Lære kassa");
        browser.clickAndWaitForPage(By.cssSelector("button[name=registerEmployer]"));
        browser.waitForPath("/employers/new");
        browser.check("employer register from the details form");
        String newOrg = TestPeople.newOrgNumber();
        browser.type(By.id("orgNumber"), newOrg);
        browser.type(By.id("name"), "Nyregistrert Kafé AS");
        browser.clickAndWaitForPage(By.cssSelector("form[action$='/employers/new'] button[type=submit]"));
        browser.waitForPath("/processes/" + process + "/edit");
        browser.check("details form after registering the employer");
        assertThat(browser.text(By.cssSelector(".message--info"))).contains("tatt vare på");
        assertThat(browser.find(MENTOR_NAME).getDomProperty("value")).isEqualTo("Mona Mentor");
        assertThat(browser.find(GOALS).getDomProperty("value")).isEqualTo("Lære kassa");
        assertThat(new Select(browser.find(By.id("employerId"))).getFirstSelectedOption().getText())
                .isEqualTo("Nyregistrert Kafé AS (" + newOrg + ")");
        browser.clickAndWaitForPage(SAVE);
        browser.waitForPath("/processes/" + process);
        assertThat(stored(process)).isEqualTo("Mona Mentor|Lære kassa|Nyregistrert Kafé AS");
    }

    /** The employer list's options, read in one script so that an htmx swap cannot leave a stale element behind. */
    @SuppressWarnings("unchecked")
    private List<String> options() {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.getElementById('employerId').options].map(o => o.text.trim());");
    }

    private String stored(long process) {
        return jdbc.sql("""
                        select coalesce(p.mentor_name, '') || '|' || coalesce(p.goals, '') || '|' || coalesce(e.name, '')
                          from inclusion_process p left join employer e on e.id = p.employer_id where p.id = ?""")
                .param(process).query(String.class).single();
    }

    private long newProcess() {
        ApiClient api = new ApiClient(port);
        long candidate = api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Skjema", "lastName", "Søker", "wishes", "Butikk")).id();
        return api.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
    }
}
