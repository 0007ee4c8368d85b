package no.treklover.contact;

import static org.assertj.core.api.Assertions.assertThat;

import no.treklover.browser.Browser;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The counsellor logs a contact from the process page in a real browser (the form preselected: one click on whom),
 * opens the log and the notifications; every page checked by axe-core and for console errors.
 */
@IntegrationTest
class ContactBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final Browser browser = Browser.chromium();

    @Test
    void logAContactInTwoClicksAndSeeTheIndicators() {
        long process = jdbc.sql("""
                select p.id from inclusion_process p join app_user u on u.candidate_id = p.candidate_id
                where u.username = 'kandidat' and p.open""").query(Long.class).single();
        long before = count(process);

        browser.open("/login");
        browser.login("veileder", "demo");
        browser.waitForPath("/caseload");
        browser.open("/processes/" + process);
        browser.check("process page with the contact card");
        assertThat(browser.text(By.cssSelector("#contacts h2"))).isEqualTo("Kontakt og samarbeid");

        // click 1: the form (video instead of the preselected phone); click 2: whom
        browser.find(By.cssSelector("label[for='quick-form-VIDEO']")).click();
        browser.clickAndWaitForPage(By.cssSelector("#contacts button[name=counterpart][value=EMPLOYER]"));
        browser.waitForPath("/processes/" + process);
        assertThat(browser.text(By.cssSelector("#contacts .message--success"))).isEqualTo("Kontakten er logget.");
        assertThat(browser.text(By.cssSelector("#contacts .contact-list li"))).contains("Video med Arbeidsgiver");
        assertThat(count(process)).isEqualTo(before + 1);
        assertThat(browser.findAll(By.cssSelector("#contacts svg rect.contact-chart__bar"))).hasSize(3);

        browser.clickAndWaitForPage(By.cssSelector("#contacts a[href$='/contacts']"));
        browser.check("contact log");
        browser.clickAndWaitForPage(By.cssSelector("form[action$='/contacts'] button[type=submit]"));
        browser.check("contact log with errors");
        assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Velg hvem du hadde kontakt med.");

        browser.open("/notifications");
        browser.check("notifications");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Varsler");
    }

    private long count(long process) {
        return jdbc.sql("select count(*) from contact_entry where process_id = :p").param("p", process)
                .query(Long.class).single();
    }
}
