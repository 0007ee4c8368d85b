package no.treklover.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.treklover.agreement.AgreementFixtures.Case;
import no.treklover.browser.Browser;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The signing flow of a mentor agreement through the screens, party by party, in a real browser, with axe on every
 * page: the counsellor creates, fills in and sends it, the mentor signs the declaration, the candidate and the
 * employer approve, the counsellor approves last, the beslutter approves the first period, and the agreement is
 * concluded. A fresh process (arbeidsgiver's employer, the demo mentor) keeps the demo data as other tests expect it.
 */
@IntegrationTest
class AgreementBrowserJourneyTest {

    private static final String NBSP = "\u00a0";
    private static final By SUCCESS = By.cssSelector(".message--success[role=status]");
    private static final By STATUS = By.cssSelector("#agreement-status .status-label");
    private static final Pattern AGREEMENT_PATH = Pattern.compile("/agreements/(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @RegisterExtension
    final Browser browser = Browser.chromium();

    Case c;

    @BeforeEach
    void app() {
        c = new AgreementFixtures(new ApiClient(port), jdbc, passwords).partnerCase();
    }

    @Test
    void theAgreementIsFilledInSignedApprovedAndConcludedThroughTheScreens() {
        // The counsellor creates the agreement from the process page.
        browser.login("veileder", "demo");
        browser.open("/processes/" + c.processId());
        assertThat(browser.text(By.id("agreements"))).contains("Ingen mentoravtaler ennå.");
        browser.check("process page with the agreements card");
        browser.clickAndWaitForPage(By.cssSelector("#agreements form[action$='/agreements'] button"));
        browser.waitForPath(AGREEMENT_PATH.pattern());
        Matcher m = AGREEMENT_PATH.matcher(browser.path());
        assertThat(m.matches()).isTrue();
        long id = Long.parseLong(m.group(1));
        assertThat(browser.text(STATUS)).isEqualTo("Påbegynt");
        assertThat(browser.text(By.id("calculation-live"))).contains("fylles ut eller rettes");
        browser.check("new agreement, counsellor");

        // Filling in: the calculation follows as the counsellor types.
        fillIn();
        browser.waitUntil(d -> browser.find(By.id("calculation-live")).getText().contains("7" + NBSP + "821" + NBSP + "kr")
                || browser.find(By.id("calculation-live")).getText().contains("7 821 kr"));
        assertThat(browser.text(By.id("calculation-live"))).contains("300 kr × 20 timer");
        browser.check("agreement filled in with live calculation");
        browser.clickAndWaitForPage(By.id("save-agreement"));
        assertThat(browser.text(SUCCESS)).isEqualTo("Avtalen er lagret.");
        assertThat(browser.text(STATUS)).isEqualTo("Mangler godkjenning");
        browser.check("agreement saved");
        browser.clickAndWaitForPage(By.id("send-to-parties"));
        assertThat(browser.text(SUCCESS)).startsWith("Avtalen er sendt. Mentoren har fått et varsel");
        browser.check("agreement sent to the parties");
        browser.logout();

        // The mentor signs the confidentiality declaration, and only then sees the agreement.
        browser.login("mentor", "demo");
        browser.open("/partner");
        browser.check("partner page of the mentor");
        browser.clickAndWaitForPage(By.cssSelector("a[href='/agreements/" + id + "']"));
        assertThat(browser.text(By.id("main"))).contains("Taushetserklæring").doesNotContain("Lære opp kandidaten");
        browser.check("mentor before signing");
        browser.clickAndWaitForPage(By.id("sign-declaration"));
        assertThat(browser.text(SUCCESS)).startsWith("Du har signert taushetserklæringen");
        assertThat(browser.text(By.id("main"))).contains("Lære opp kandidaten").doesNotContain(c.nationalId());
        browser.check("mentor after signing");
        browser.logout();

        // The candidate approves from their own page, without seeing any pay.
        browser.login(c.candidateUser(), "demo");
        browser.waitForPath("/my");
        browser.check("my page with the agreement");
        browser.clickAndWaitForPage(By.cssSelector("a[href='/agreements/" + id + "']"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Avtalen om mentor for deg");
        assertThat(browser.text(By.id("main"))).contains("20 timer i måneden").doesNotContain("Timelønn")
                .doesNotContainPattern("[0-9]\\s?kr\\b");
        browser.check("candidate's agreement");
        browser.clickAndWaitForPage(By.id("approve"));
        assertThat(browser.text(SUCCESS)).isEqualTo("Du har godkjent avtalen.");
        browser.check("candidate approved");
        browser.logout();

        // The employer approves.
        browser.login("arbeidsgiver", "demo");
        browser.open("/partner");
        browser.clickAndWaitForPage(By.cssSelector("a[href='/agreements/" + id + "']"));
        browser.check("employer's agreement");
        browser.clickAndWaitForPage(By.id("approve"));
        assertThat(browser.text(SUCCESS)).isEqualTo("Du har godkjent avtalen.");
        assertThat(browser.findAll(By.name("tasks"))).as("no longer editable after approvals").isEmpty();
        browser.check("employer approved");
        browser.logout();

        // The counsellor approves last.
        browser.login("veileder", "demo");
        browser.open("/agreements/" + id);
        browser.check("counsellor before approving");
        browser.clickAndWaitForPage(By.id("approve"));
        assertThat(browser.text(SUCCESS)).isEqualTo("Du har godkjent avtalen.");
        browser.check("counsellor approved");
        browser.logout();

        // The beslutter sees the calculation and approves the first grant period: concluded.
        browser.login("beslutter", "demo");
        browser.open("/agreements/" + id);
        assertThat(browser.text(By.id("calculation-live"))).contains("300 kr × 20 timer");
        browser.check("beslutter's agreement");
        assertThat(browser.find(By.id("approve")).getText()).isEqualTo("Godkjenn første tilskuddsperiode");
        browser.clickAndWaitForPage(By.id("approve"));
        assertThat(browser.text(SUCCESS)).contains("Avtalen er inngått");
        assertThat(browser.text(STATUS)).isIn("Klar for oppstart", "Gjennomføres");
        browser.check("agreement concluded");
        browser.logout();
    }

    private void fillIn() {
        LocalDate start = AgreementFixtures.today();
        browser.type(By.id("mentorFirstName"), "Mona");
        browser.type(By.id("mentorLastName"), "Mentorsen");
        browser.type(By.id("mentorPhone"), "91234567");
        browser.type(By.id("tasks"), "Lære opp kandidaten i bakeriet");
        browser.type(By.id("hoursPerMonth"), "20");
        new Select(browser.find(By.id("payType"))).selectByValue("TIMELONN");
        browser.type(By.id("payAmount"), "300");
        new Select(browser.find(By.id("holidayPayRate"))).selectByValue("0.12");
        browser.type(By.id("otpRate"), "2");
        new Select(browser.find(By.id("agaRate"))).selectByValue("0.141");
        browser.type(By.id("accountNumber"), "12345678903");
        browser.setValue(By.id("startDate"), start.toString());
        browser.setValue(By.id("endDate"), start.plusMonths(3).minusDays(1).toString());
        browser.type(By.id("followUp"), "Trekløversamtale hver fjerde uke");
        browser.type(By.id("adaptation"), "Kortere dager den første uken");
        browser.find(By.cssSelector("label[for='familyTie-no']")).click();
        contact("candidateContact", "Avtale", "Kandidat", "92345678");
        contact("employerContact", "Arne", "Arbeidsgiver", "93456789");
        contact("counsellorContact", "Vera", "Veileder", "94567890");
    }

    private void contact(String party, String first, String last, String phone) {
        browser.type(By.id(party + "-firstName"), first);
        browser.type(By.id(party + "-lastName"), last);
        browser.type(By.id(party + "-phone"), phone);
    }
}
