package no.treklover.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.treklover.identifiers.NationalId;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The counsellor's and the candidate's main journeys in a real browser, with every page checked by axe-core
 * (no serious or critical WCAG 2.1 A/AA violations) and for console errors.
 */
@IntegrationTest
class BrowserJourneyTest {

    private static final By CASELOAD_RESULTS = By.id("caseload-results");
    private static final By CASELOAD_COUNT = By.cssSelector("#caseload-results .count");
    private static final By CASELOAD_NAMES = By.cssSelector("#caseload-results tbody th[scope=row] a");
    private static final By CURRENT_PHASE = By.cssSelector(".phase-steps li[aria-current=step]");
    private static final By SUMMARY_PHASE = By.cssSelector(".summary-card .facts dd strong");
    private static final By MOVE_FORWARD = By.cssSelector("form[action$='/phase']:not(.move-back) button[type=submit]");
    private static final By MISSING = By.cssSelector(".missing");
    private static final By SUCCESS = By.cssSelector(".message--success[role=status]");
    private static final By ERROR_SUMMARY = By.cssSelector(".error-summary[role=alert]");
    private static final Pattern PROCESS_PATH = Pattern.compile("/processes/(\\d+)");

    @RegisterExtension
    final Browser browser = Browser.chromium();

    @Test
    void counsellorFiltersCaseloadCreatesAProcessAndMovesItToFollowUp() {
        // Login page, then the caseload.
        browser.open("/login");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Trekløver");
        browser.check("login");
        browser.login("veileder", "demo");
        browser.waitForPath("/caseload");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Mine forløp");
        browser.check("caseload");

        filterCaseloadByTheFirstRowsName();

        // Wizard step 1: empty first, then a new person.
        browser.clickAndWaitForPage(By.cssSelector(".page-heading a[href$='/processes/new']"));
        browser.waitForPath("/processes/new");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Hvem gjelder det?");
        browser.check("wizard step 1");

        By next = By.cssSelector("form[action$='/processes/new/candidate'] button[type=submit]");
        browser.clickAndWaitForPage(next);
        assertThat(browser.text(ERROR_SUMMARY)).contains("Du må rette disse feilene før du kan fortsette:");
        assertFieldError("nationalId", "Fyll ut feltet.");
        assertFieldError("firstName", "Fyll ut feltet.");
        assertFieldError("lastName", "Fyll ut feltet.");
        assertThat(browser.find(By.id("phone")).getDomAttribute("aria-invalid")).isEqualTo("false");
        // The summary's links lead to the fields.
        browser.find(By.cssSelector(".error-summary a[href='#nationalId']")).click();
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("nationalId");
        browser.check("wizard step 1 with errors");

        String nationalId = newNationalId();
        String lastName = "Nettleser-" + randomLetters(6);
        String fullName = "Nora " + lastName;
        browser.type(By.id("nationalId"), nationalId);
        browser.type(By.id("firstName"), "Nora");
        browser.type(By.id("lastName"), lastName);
        browser.clickAndWaitForPage(next);

        // Wizard step 2: wishes and interests.
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Kandidatens ønsker og interesser");
        assertThat(browser.findAll(ERROR_SUMMARY)).isEmpty();
        assertThat(browser.findAll(By.cssSelector(".message--info"))).as("%s is a new person", nationalId).isEmpty();
        assertThat(browser.find(By.cssSelector("input[type=hidden][name=nationalId]")).getDomProperty("value"))
                .isEqualTo(nationalId);
        browser.check("wizard step 2");
        browser.type(By.id("wishes"), "Jobbe med mennesker, gjerne i butikk eller kafé.");
        browser.type(By.id("interests"), "Matlaging og fotball.");
        browser.clickAndWaitForPage(By.cssSelector("form[action$='/processes/new'] button[type=submit]"));

        // The new process, in Kartlegging.
        browser.waitForPath(PROCESS_PATH.pattern());
        Matcher m = PROCESS_PATH.matcher(browser.path());
        assertThat(m.matches()).isTrue();
        long processId = Long.parseLong(m.group(1));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Forløp for " + fullName);
        assertPhase("Kartlegging");
        assertThat(browser.text(By.id("main"))).contains("Jobbe med mennesker").contains("Matlaging og fotball.");
        assertThat(browser.findAll(MISSING)).isEmpty();
        browser.check("process in Kartlegging");

        moveForwardTo("Arbeidsgiverkontakt");

        // Mentor identifisert needs a workplace and a mentor: the page says so and the button is off ...
        assertMissing("Velg arbeidsplass før mentor kan registreres som identifisert.",
                "Skriv inn mentorens navn før mentor kan registreres som identifisert.");
        WebElement forward = browser.find(MOVE_FORWARD);
        assertThat(forward.getText()).isEqualTo("Gå videre til Mentor identifisert");
        assertThat(forward.isEnabled()).isFalse();
        // ... and the server refuses too when the button is forced.
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].disabled = false;", forward);
        browser.clickAndWaitForPage(forward);
        assertThat(browser.text(ERROR_SUMMARY))
                .contains("Velg arbeidsplass før mentor kan registreres som identifisert.")
                .contains("Skriv inn mentorens navn før mentor kan registreres som identifisert.");
        assertPhase("Arbeidsgiverkontakt");
        browser.check("process refusing to move without mentor");

        // Workplace and mentor through the details form.
        openEditForm(processId);
        Select employers = new Select(browser.find(By.id("employerId")));
        WebElement employer = employers.getOptions().stream()
                .filter(o -> !o.getDomProperty("value").isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("The employer select offers no employers"));
        String employerLabel = employer.getText();
        String employerName = employerLabel.replaceFirst("\\s*\\(\\d+\\)$", "");
        employers.selectByValue(employer.getDomProperty("value"));
        browser.type(By.id("mentorName"), "Mona Mentor");
        browser.type(By.id("mentorRole"), "Butikksjef");
        saveDetails();
        assertThat(browser.text(By.cssSelector(".summary-card"))).contains(employerLabel).contains("Mona Mentor, Butikksjef");
        moveForwardTo("Mentor identifisert");

        // Oppstart needs a start date.
        assertMissing("Sett startdato før oppstart.");
        assertThat(browser.find(MOVE_FORWARD).isEnabled()).isFalse();
        LocalDate start = LocalDate.now().plusDays(14);
        openEditForm(processId);
        browser.setValue(By.id("startDate"), start.toString());
        saveDetails();
        assertThat(browser.text(By.cssSelector(".summary-card")))
                .contains(start.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        moveForwardTo("Oppstart");

        // Oppfølging needs the goals from the start-up meeting.
        assertMissing("Skriv målene fra oppstartsmøtet før oppfølging.");
        assertThat(browser.find(MOVE_FORWARD).isEnabled()).isFalse();
        openEditForm(processId);
        browser.type(By.id("goals"), "Jobbe tre dager i uka innen tre måneder.");
        saveDetails();
        moveForwardTo("Oppfølging");
        assertThat(browser.text(By.cssSelector(".summary-card"))).contains("Jobbe tre dager i uka innen tre måneder.");

        List<String> timeline = browser.findAll(By.cssSelector(".timeline .timeline__item")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(timeline).anySatisfy(e -> assertThat(e).contains("Forløpet ble opprettet"));
        assertThat(String.join("\n", timeline))
                .contains("Flyttet fra Kartlegging til Arbeidsgiverkontakt")
                .contains("Flyttet fra Arbeidsgiverkontakt til Mentor identifisert")
                .contains("Flyttet fra Mentor identifisert til Oppstart")
                .contains("Flyttet fra Oppstart til Oppfølging")
                .contains("Opplysninger endret");

        // The caseload lists it in its new phase, at the chosen workplace.
        browser.open("/caseload?search=" + lastName);
        assertThat(browser.findAll(CASELOAD_NAMES)).extracting(WebElement::getText).containsExactly(fullName);
        assertThat(browser.text(By.cssSelector("#caseload-results tbody tr")))
                .contains("Oppfølging")
                .contains(employerName);
        browser.check("caseload searched for the new process");

        browser.logout();
        assertThat(browser.query()).isEqualTo("logout");
        assertThat(browser.text(By.cssSelector(".message--info[role=status]"))).isEqualTo("Du er logget ut.");
        browser.check("login after logout");
        browser.open("/caseload");
        browser.waitForPath("/login");
    }

    @Test
    void candidateSeesTheirOwnProcess() {
        browser.open("/login");
        browser.login("kandidat", "feil-passord");
        browser.waitForPath("/login");
        assertThat(browser.query()).isEqualTo("error");
        assertThat(browser.text(By.cssSelector(".message--error[role=alert]")))
                .isEqualTo("Feil brukernavn eller passord. Prøv igjen.");
        browser.check("login with wrong password");

        browser.login("kandidat", "demo");
        browser.waitForPath("/my");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Mitt forløp");
        assertThat(browser.text(By.cssSelector(".card h2"))).isEqualTo("Dette må du gjøre nå");
        assertThat(browser.text(By.cssSelector("#my-now h2"))).startsWith("Du er nå i fasen: ");
        assertThat(browser.findAll(By.cssSelector(".my-phases > li"))).hasSize(7);
        assertThat(browser.findAll(By.cssSelector("header nav a"))).extracting(WebElement::getText)
                .containsExactly("Mitt forløp", "Ukeplan og mestring", "Deling", "Hvem har sett mine data");
        // the notifications sit in the bar beside the menu, so their badge shows on a phone too
        assertThat(browser.text(By.cssSelector("header a.notification-link"))).startsWith("Varsler");
        browser.check("my process");
    }

    // ---------------------------------------------------------------- steps

    private void filterCaseloadByTheFirstRowsName() {
        List<WebElement> names = browser.findAll(CASELOAD_NAMES);
        assertThat(names).as("veileder's caseload has rows").isNotEmpty();
        String name = names.get(0).getText().strip();
        int before = count();
        assertThat(before).isGreaterThanOrEqualTo(names.size()).isGreaterThan(1);

        WebElement results = browser.find(CASELOAD_RESULTS);
        browser.type(By.id("search"), name);
        // htmx sends the search 400 ms after the last key, swaps #caseload-results and pushes the URL.
        browser.waitUntil(ExpectedConditions.stalenessOf(results));
        browser.waitUntil(d -> name.equals(queryParameter("search")));
        browser.waitForDocument();

        assertThat(browser.path()).isEqualTo("/caseload");
        List<String> shown = browser.findAll(CASELOAD_NAMES).stream().map(WebElement::getText).toList();
        assertThat(shown).contains(name)
                .allSatisfy(n -> assertThat(n.toLowerCase(Locale.ROOT)).contains(name.toLowerCase(Locale.ROOT)));
        int after = count();
        assertThat(after).isEqualTo(shown.size()).isLessThan(before);
        browser.check("caseload filtered");

        // Emptying the box brings the whole list back.
        results = browser.find(CASELOAD_RESULTS);
        browser.find(By.id("search")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        browser.waitUntil(ExpectedConditions.stalenessOf(results));
        browser.waitUntil(d -> queryParameter("search") == null || queryParameter("search").isBlank());
        browser.waitForDocument();
        assertThat(count()).isEqualTo(before);

        // "Bare forsinkede" is a real, visible checkbox, and ticking it filters at once.
        WebElement overdueOnly = browser.find(By.id("overdueOnly"));
        assertThat(overdueOnly.getSize().getWidth()).as("width of the 'Bare forsinkede' checkbox")
                .isGreaterThanOrEqualTo(16);
        results = browser.find(CASELOAD_RESULTS);
        overdueOnly.click();
        browser.waitUntil(ExpectedConditions.stalenessOf(results));
        browser.waitUntil(d -> "true".equals(queryParameter("overdueOnly")));
        browser.waitForDocument();
        List<WebElement> rows = browser.findAll(By.cssSelector("#caseload-results tbody tr"));
        assertThat(rows).hasSize(count()).allSatisfy(row ->
                assertThat(row.findElements(By.cssSelector(".overdue-tag"))).as("row %s", row.getText()).hasSize(1));
        assertThat(count()).isLessThan(before);
        browser.check("caseload overdue only");
    }

    private void moveForwardTo(String phase) {
        assertThat(browser.findAll(MISSING)).as("nothing missing before %s", phase).isEmpty();
        WebElement forward = browser.find(MOVE_FORWARD);
        assertThat(forward.getText()).isEqualTo("Gå videre til " + phase);
        assertThat(forward.isEnabled()).isTrue();
        browser.clickAndWaitForPage(forward);
        browser.waitForPath(PROCESS_PATH.pattern());
        assertThat(browser.text(SUCCESS)).isEqualTo("Forløpet er flyttet til " + phase + ".");
        assertPhase(phase);
        browser.check("process moved to " + phase);
    }

    private void openEditForm(long processId) {
        browser.clickAndWaitForPage(By.cssSelector(".summary-card a[href$='/processes/" + processId + "/edit']"));
        browser.waitForPath("/processes/" + processId + "/edit");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Opplysninger om forløpet");
        browser.check("edit process details");
    }

    private void saveDetails() {
        browser.clickAndWaitForPage(By.cssSelector("form[method=post][action$='/edit'] button[type=submit][data-variant=primary]"));
        if (!browser.findAll(ERROR_SUMMARY).isEmpty()) {
            throw new AssertionError("Saving the details failed: " + browser.text(ERROR_SUMMARY));
        }
        browser.waitForPath(PROCESS_PATH.pattern());
        assertThat(browser.text(SUCCESS)).isEqualTo("Endringene er lagret.");
        browser.check("process details saved");
    }

    // ---------------------------------------------------------------- checks

    private void assertPhase(String phase) {
        assertThat(browser.text(CURRENT_PHASE)).endsWith(phase);
        assertThat(browser.findAll(CURRENT_PHASE)).hasSize(1);
        assertThat(browser.text(SUMMARY_PHASE)).isEqualTo(phase);
    }

    private void assertMissing(String... messages) {
        WebElement missing = browser.visible(MISSING);
        assertThat(missing.getText()).startsWith("Dette mangler før neste fase:");
        assertThat(missing.findElements(By.tagName("li"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder(messages);
    }

    private void assertFieldError(String field, String message) {
        assertThat(browser.text(By.id(field + "-error"))).isEqualTo(message);
        WebElement input = browser.find(By.id(field));
        assertThat(input.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(input.getDomAttribute("aria-describedby")).isEqualTo(field + "-error");
        assertThat(browser.find(By.cssSelector(".error-summary a[href='#" + field + "']")).getText())
                .endsWith(": " + message);
    }

    private int count() {
        String text = browser.text(CASELOAD_COUNT);
        Matcher m = Pattern.compile("(\\d+) forløp").matcher(text);
        assertThat(m.matches()).as("count text '%s'", text).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private String queryParameter(String name) {
        for (String pair : browser.query().split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- test data

    /** A synthetic national id born 1940–1969, outside the range {@code TestPeople} uses. */
    private static String newNationalId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            LocalDate birth = LocalDate.of(1940 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
            try {
                return NationalId.synthetic(birth, random.nextInt(500));
            } catch (IllegalArgumentException badControlDigit) {
                // try another
            }
        }
    }

    private static String randomLetters(int n) {
        StringBuilder s = new StringBuilder();
        s.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        for (int i = 1; i < n; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }
}
