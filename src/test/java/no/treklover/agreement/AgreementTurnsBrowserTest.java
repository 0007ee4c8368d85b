package no.treklover.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.treklover.agreement.AgreementFixtures.Case;
import no.treklover.browser.Browser;
import no.treklover.platform.text.NorwegianFormat;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Whose turn it is, in a real browser with axe on every page: each role acts, and the next one finds a notification
 * that leads to what it must do. Nothing can be sent while fields are missing (the page lists them, linking to each
 * field), a second agreement is not offered while one is in progress, the employer is told to wait for the mentor
 * instead of being offered an approve button that fails, withdrawing an approval asks first without JavaScript, and
 * the beslutter decides with the agreement's content in front of her.
 */
@IntegrationTest
class AgreementTurnsBrowserTest {

    private static final By SUCCESS = By.cssSelector(".message--success[role=status]");
    private static final Pattern AGREEMENT_PATH = Pattern.compile("/agreements/(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @RegisterExtension
    final Browser browser = Browser.chromium();

    ApiClient http;
    Case c;

    @BeforeEach
    void app() {
        http = new ApiClient(port);
        c = new AgreementFixtures(http, jdbc, passwords).partnerCase();
    }

    @Test
    void eachPartyIsToldWhenItIsTheirTurnAndOnlyWorkingButtonsAreOffered() {
        LocalDate today = AgreementFixtures.today();

        // The counsellor starts the agreement: nothing can be sent yet, and the page says what is missing.
        browser.login("veileder", "demo");
        browser.open("/processes/" + c.processId());
        browser.clickAndWaitForPage(By.cssSelector("#agreements form[action$='/agreements'] button"));
        browser.waitForPath(AGREEMENT_PATH.pattern());
        Matcher m = AGREEMENT_PATH.matcher(browser.path());
        assertThat(m.matches()).isTrue();
        long id = Long.parseLong(m.group(1));
        assertThat(browser.findAll(By.id("send-to-parties"))).as("no send button while fields are missing").isEmpty();
        assertThat(browser.text(By.id("send-missing"))).contains("Avtalen kan ikke sendes ennå")
                .contains("Mentorens fornavn");
        assertThat(browser.find(By.cssSelector("#send-missing a[href='#mentorFirstName']"))).isNotNull();
        assertThat(browser.findAll(By.id("mentorFirstName"))).as("the link leads to the field").hasSize(1);
        assertThat(browser.text(By.id("approval-waiting"))).isEqualTo(
                "Venter på at mentoren signerer taushetserklæringen.");
        browser.check("new agreement: what is missing before it can be sent");

        // A second agreement is not offered while this one is in progress; the card links to it instead.
        browser.open("/processes/" + c.processId());
        assertThat(browser.findAll(By.cssSelector("#agreements form[action$='/agreements']"))).isEmpty();
        assertThat(browser.find(By.cssSelector("#agreements .agreement-in-progress a")).getAttribute("href"))
                .endsWith("/agreements/" + id);
        browser.check("process page with an agreement in progress");
        browser.logout();

        // Filled in (as in the other journeys), the counsellor sends it: only the mentor can act now.
        http.put("veileder", "/api/v1/agreements/" + id, AgreementFixtures.fullContent(today), "\"0\"");
        browser.login("veileder", "demo");
        browser.open("/agreements/" + id);
        assertThat(browser.findAll(By.id("send-missing"))).isEmpty();
        browser.clickAndWaitForPage(By.id("send-to-parties"));
        assertThat(browser.text(SUCCESS)).startsWith("Avtalen er sendt. Mentoren har fått et varsel");
        browser.logout();

        // The employer is not offered an approve button that would fail.
        browser.login("arbeidsgiver", "demo");
        browser.open("/agreements/" + id);
        assertThat(browser.findAll(By.id("approve"))).isEmpty();
        assertThat(browser.text(By.id("approval-waiting")))
                .isEqualTo("Venter på at mentoren signerer taushetserklæringen.");
        browser.check("employer waits for the mentor");
        browser.logout();

        // The mentor finds her notification, without the candidate's name, and signs.
        browser.login("mentor", "demo");
        openNotification("Du er foreslått som mentor");
        assertThat(browser.path()).isEqualTo("/agreements/" + id);
        browser.clickAndWaitForPage(By.id("sign-declaration"));
        assertThat(browser.text(SUCCESS)).startsWith("Du har signert taushetserklæringen");
        browser.logout();

        // Now the employer is told, approves, and is asked before withdrawing.
        browser.login("arbeidsgiver", "demo");
        openNotification("Mentoravtalen for Avtale Kandidat er klar og venter på godkjenningen deres.");
        browser.clickAndWaitForPage(By.id("approve"));
        assertThat(browser.text(SUCCESS)).isEqualTo("Du har godkjent avtalen.");
        browser.clickAndWaitForPage(By.id("withdraw"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Trekke godkjenningen?");
        assertThat(browser.text(By.id("withdraw-consequences")))
                .contains("Arbeidsgiverens godkjenning av avtalen trekkes tilbake.")
                .contains("Når ingen har godkjent, kan avtalen endres igjen.")
                .contains("Avtalen må godkjennes på nytt før den kan inngås.");
        browser.check("withdrawing asks first");
        browser.clickAndWaitForPage(By.id("cancel-withdraw"));
        assertThat(browser.path()).isEqualTo("/agreements/" + id);
        assertThat(browser.findAll(By.id("withdraw"))).as("still approved after cancelling").hasSize(1);
        browser.logout();

        // The candidate approves; now it is the counsellor's turn, and she is told.
        browser.login(c.candidateUser(), "demo");
        openNotification("Mentoravtalen din er klar. Les den og godkjenn den hvis den stemmer.");
        browser.clickAndWaitForPage(By.id("approve"));
        assertThat(browser.text(SUCCESS)).isEqualTo("Du har godkjent avtalen.");
        browser.logout();

        browser.login("veileder", "demo");
        openNotification("Avtale Kandidat og arbeidsgiveren har godkjent mentoravtalen. Den venter nå på din godkjenning.");
        browser.clickAndWaitForPage(By.id("approve"));
        assertThat(browser.text(SUCCESS)).isEqualTo("Du har godkjent avtalen.");
        browser.logout();

        // The beslutter is told, and decides with the agreement's content and a link to all of it.
        browser.login("beslutter", "demo");
        browser.open("/beslutter");
        assertThat(browser.text(By.id("queue-now-heading"))).startsWith("Kan behandles nå");
        assertThat(browser.findAll(By.id("grant-period-later"))).hasSize(1);
        browser.check("beslutter's queue: now and later apart");
        openNotification("Mentoravtalen for Avtale Kandidat venter på deg: godkjenn første tilskuddsperiode ("
                + NorwegianFormat.date(today) + "–");
        assertThat(browser.path()).startsWith("/beslutter/grant-periods/");
        assertThat(browser.text(By.id("decision-agreement"))).contains("Lære opp kandidaten i bakeriet")
                .contains("300 kr").contains("Avtale Kandidat")
                .contains(NorwegianFormat.period(today, today.plusMonths(3).minusDays(1)));
        assertThat(browser.find(By.id("decision-full-agreement")).getAttribute("href")).endsWith("/agreements/" + id);
        browser.check("decision page with the agreement's content");
        browser.clickAndWaitForPage(By.cssSelector("form[action$='/approval'] button"));
        assertThat(browser.text(SUCCESS)).isNotBlank();
        browser.logout();

        // Concluded: the employer is told, with Norwegian dates.
        browser.login("arbeidsgiver", "demo");
        openNotification("Mentoravtalen for Avtale Kandidat er inngått. Den gjelder "
                + NorwegianFormat.period(today, today.plusMonths(3).minusDays(1)) + ".");
        assertThat(browser.text(By.cssSelector("#agreement-status .status-label"))).isIn("Klar for oppstart",
                "Gjennomføres");
        browser.logout();
    }

    /** Opens the newest notification whose text starts with {@code text} through its "Åpne" button. */
    private void openNotification(String text) {
        browser.open("/notifications");
        By item = By.xpath("//li[contains(@class,'notification')][.//span[starts-with(normalize-space(.), "
                + literal(text) + ")]]//form[.//input[@name='open']]//button");
        assertThat(browser.findAll(item)).as("a notification starting with: " + text).isNotEmpty();
        browser.clickAndWaitForPage(browser.findAll(item).get(0));
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
