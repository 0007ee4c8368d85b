package no.treklover.browser;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Destructive actions ask first and say what happens, in a real browser at desktop and phone width and without
 * JavaScript: deleting a contact, removing a measure, and cancelling a meeting with a reason that reaches the
 * participant (her notification, the meeting page, the calendar). Every page checked by axe-core.
 */
@IntegrationTest
class ConfirmationsJourneyTest {

    private static final List<Dimension> SIZES = List.of(new Dimension(1366, 900), new Dimension(390, 844));
    private static final By DANGER = By.cssSelector("main form[method=post] button[data-color=danger]");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @RegisterExtension
    final Browser browser = Browser.chromium();

    ApiClient api;

    @BeforeEach
    void app() {
        api = new ApiClient(port);
    }

    @Test
    void deletingAContactAndRemovingAMeasureAskFirstAndNeedNoJavaScript() {
        browser.open("/login");
        browser.login("veileder", "demo");
        for (Dimension size : SIZES) {
            browser.driver().manage().window().setSize(size);
            long process = newProcess();
            long contact = api.post("veileder", "/api/v1/processes/" + process + "/contacts", object("counterpart",
                    "MENTOR", "form", "PHONE", "initiator", "COUNSELLOR", "occurredAt", "2026-12-01T10:15:00",
                    "durationMinutes", 15, "note", "Ringte om arbeidstid")).id();
            browser.open("/processes/" + process + "/contacts");
            browser.clickAndWaitForPage(By.cssSelector("a[href$='/contacts/" + contact + "/delete']"));
            browser.check("contact delete confirmation " + size.getWidth());
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Slette kontakten?");
            assertThat(browser.text(By.cssSelector("main .card"))).contains("01.12.2026 kl. 10:15")
                    .contains("Ringte om arbeidstid");
            assertThat(browser.text(By.cssSelector(".what-happens"))).contains("kan ikke hentes tilbake");
            assertThat(count("contact_entry", contact)).as("asking deletes nothing").isEqualTo(1);
            // "Nei" goes back and keeps it
            browser.clickAndWaitForPage(By.cssSelector("main form a[data-variant=tertiary]"));
            browser.waitForPath("/processes/" + process + "/contacts");
            assertThat(count("contact_entry", contact)).isEqualTo(1);

            withoutJavaScript(() -> {
                browser.open("/contacts/" + contact + "/delete");
                browser.clickAndWaitForPage(DANGER);
            });
            browser.waitForPath("/processes/" + process + "/contacts");
            assertThat(browser.text(By.cssSelector(".message--success"))).isEqualTo("Kontakten er slettet.");
            assertThat(count("contact_entry", contact)).isZero();

            long version = jdbc.sql("select version from inclusion_process where id = :id").param("id", process)
                    .query(Long.class).single();
            long measure = api.post("veileder", "/api/v1/processes/" + process + "/measures",
                    object("type", "MENTOR", "startDate", "2026-12-01"), "\"" + version + "\"").json()
                    .path("measures").get(0).path("id").asLong();
            browser.open("/processes/" + process);
            browser.clickAndWaitForPage(By.cssSelector("#measures a[href$='/measures/" + measure + "/delete']"));
            browser.check("measure removal confirmation " + size.getWidth());
            assertThat(browser.text(By.cssSelector("main .card"))).contains("Mentor").contains("01.12.2026");
            assertThat(count("process_measure", measure)).isEqualTo(1);
            browser.clickAndWaitForPage(DANGER);
            browser.waitForPath("/processes/" + process);
            assertThat(count("process_measure", measure)).isZero();
        }
    }

    @Test
    void cancellingAMeetingAsksForAReasonThatReachesTheParticipant() {
        for (Dimension size : SIZES) {
            browser.driver().manage().window().setSize(size);
            long process = newProcess();
            String candidate = candidateLogin(process);
            long meeting = api.post("veileder", "/api/v1/processes/" + process + "/meetings", object("type",
                    "TREKLOVERSAMTALE", "startsAt", "2027-03-02T10:00:00+01:00", "channel", "NAV_OFFICE",
                    "participants", List.of(object("role", "COUNSELLOR"), object("role", "CANDIDATE")))).id();

            browser.open("/login");
            browser.login("veileder", "demo");
            browser.open("/meetings/" + meeting);
            browser.clickAndWaitForPage(By.cssSelector("a[href$='/meetings/" + meeting + "/cancel']"));
            browser.check("meeting cancel confirmation " + size.getWidth());
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Avlyse møtet?");
            assertThat(browser.text(By.cssSelector(".what-happens")))
                    .contains("1 deltaker får varsel (og e-post) med begrunnelsen:").contains("(kandidat)")
                    .contains("STATUS:CANCELLED");
            assertThat(status(meeting)).isEqualTo("PLANNED");

            // no reason: the field says what is missing, nothing is cancelled
            browser.clickAndWaitForPage(DANGER);
            browser.check("meeting cancel without reason " + size.getWidth());
            assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Skriv hvorfor møtet avlyses.");
            assertThat(status(meeting)).isEqualTo("PLANNED");

            browser.type(By.id("reason"), "Veilederen er syk. Nytt møte kommer.");
            withoutJavaScript(() -> browser.clickAndWaitForPage(DANGER));
            browser.waitForPath("/meetings/" + meeting);
            browser.check("meeting cancelled " + size.getWidth());
            assertThat(status(meeting)).isEqualTo("CANCELLED");
            assertThat(browser.text(By.cssSelector(".cancel-reason"))).contains("Veilederen er syk. Nytt møte kommer.");
            assertThat(api.get("veileder", "/api/v1/meetings/" + meeting + ".ics").body())
                    .contains("STATUS:CANCELLED").contains("Avlyst: Veilederen er syk. Nytt møte kommer.");
            browser.logout();

            browser.login(candidate, "demo");
            browser.open("/notifications");
            browser.check("candidate's notifications after the cancellation " + size.getWidth());
            assertThat(browser.text(By.tagName("main"))).contains("Trekløversamtale 02.03.2027 kl. 10:00 er avlyst. "
                    + "Begrunnelse: Veilederen er syk. Nytt møte kommer.");
            browser.open("/meetings/" + meeting);
            assertThat(browser.text(By.cssSelector(".cancel-reason"))).contains("Veilederen er syk.");
            browser.logout();
        }
    }

    private void withoutJavaScript(Runnable steps) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            steps.run();
        } finally {
            chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    private long newProcess() {
        long candidate = api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Bekreft", "lastName", "Kandidat", "wishes", "Lager")).id();
        return api.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
    }

    /** A login for the process's candidate, so she can read her notifications. */
    private String candidateLogin(long process) {
        String username = "bekreft-" + process;
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, candidate_id)
                        select :u, :h, 'Bekreft Kandidat', 'CANDIDATE', candidate_id from inclusion_process where id = :p""")
                .param("u", username).param("h", passwords.encode("demo")).param("p", process).update();
        return username;
    }

    private long count(String table, long id) {
        return jdbc.sql("select count(*) from " + table + " where id = :id").param("id", id).query(Long.class).single();
    }

    private String status(long meeting) {
        return jdbc.sql("select status from meeting where id = :id").param("id", meeting).query(String.class).single();
    }
}
