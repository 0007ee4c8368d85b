package no.treklover.browser;

import static no.treklover.support.ApiClient.object;
import static no.treklover.browser.Browser.DESKTOP;
import static no.treklover.browser.Browser.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The needs board in Chromium, desktop and phone, with axe on every page: the counsellor posts a need, the market
 * contact runs the meeting mode and escalates it, the Arbeidslivssenter adviser proposes an employer, the counsellor
 * is notified, accepts, and the process shows the workplace and where the match came from.
 */
@IntegrationTest
class NeedsBoardJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final Browser browser = Browser.chromium();

    @Test
    void postEscalateProposeAndAccept() {
        ApiClient api = new ApiClient(port);
        long candidate = api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Tone", "lastName", "Tavlesen", "interests", "Bakst")).id();
        long process = api.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
        String title = "Bakeri, tidlig skift " + process;

        browser.size(DESKTOP);
        browser.open("/login");
        browser.login("veileder", "demo");
        browser.open("/processes/" + process);
        browser.clickAndWaitForPage(By.linkText("Meld behov til markedstavla"));
        browser.check("need form");
        browser.type(By.id("title"), title);
        browser.type(By.id("municipality"), "Oslo");
        browser.type(By.id("hoursPerWeek"), "20");
        browser.clickAndWaitForPage(By.cssSelector("form[action$='/needs'] button[type=submit]"));
        browser.waitForPath("/board/needs/\\d+");
        long need = Long.parseLong(browser.path().replaceAll("\\D+", ""));
        assertThat(browser.text(By.tagName("h1"))).contains(title);
        assertThat(browser.find(By.tagName("body")).getText()).doesNotContain("Tavlesen");
        browser.check("need posted");
        browser.logout();

        // the market contact's weekly meeting: the need's place on the agenda, on a phone as well
        long position = jdbc.sql("""
                        select count(*) from need n, need m where m.id = :id and n.office_id = m.office_id
                        and n.state in ('OPEN', 'PROPOSED', 'MEETING_ARRANGED')
                        and (n.next_meeting_on is null or n.next_meeting_on <= current_date)
                        and (n.posted_at, n.id) < (m.posted_at, m.id)""")
                .param("id", need).query(Long.class).single();
        browser.login("markedskontakt", "demo");
        browser.open("/board");
        browser.check("board, market contact");
        browser.size(PHONE);
        browser.open("/board/meeting?large=true&position=" + position);
        browser.check("meeting mode on a phone, large type");
        browser.size(DESKTOP);
        browser.open("/board/meeting?position=" + position);
        assertThat(browser.text(By.cssSelector(".meeting h2 a"))).isEqualTo(title);
        assertThat(browser.find(By.tagName("body")).getText()).doesNotContain("Tavlesen");
        browser.check("meeting mode");
        browser.type(By.id("comment-ESCALATE"), "Ingen lokale bakerier har plass nå");
        browser.clickAndWaitForPage(By.cssSelector("form.need-transition--escalate button[type=submit]"));
        browser.waitForPath("/board/meeting");
        assertThat(browser.text(By.cssSelector(".message--success"))).isEqualTo("Beslutningen er lagret.");
        browser.check("meeting mode after escalating");
        browser.logout();

        // the county's Arbeidslivssenter adviser proposes an employer
        browser.login("arbeidslivssenter", "demo");
        browser.open("/board");
        browser.check("board, Arbeidslivssenter");
        browser.open("/board/needs/" + need);
        browser.type(By.id("employerSearch"), "Bakeri Solsiden");
        browser.clickAndWaitForPage(By.cssSelector("form.need-search button[type=submit]"));
        browser.check("proposal form");
        browser.type(By.id("comment"), "Har tatt inn kandidater før");
        browser.clickAndWaitForPage(By.cssSelector("form.need-propose button[type=submit]"));
        assertThat(browser.text(By.cssSelector(".need-proposals"))).contains("Bakeri Solsiden AS",
                "Aina Arbeidslivssenter");
        browser.check("need with a proposal");
        browser.logout();

        // the counsellor is notified and accepts; the process has the workplace and says where it came from
        browser.login("veileder", "demo");
        browser.open("/notifications");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Nytt forslag til behovet «" + title + "»");
        browser.open("/board/needs/" + need);
        browser.clickAndWaitForPage(By.cssSelector("form.need-accept button[type=submit]"));
        browser.waitForPath("/processes/" + process);
        String page = browser.find(By.tagName("main")).getText();
        assertThat(page).contains("Bakeri Solsiden AS", "Arbeidsplass fra markedstavla: Bakeri Solsiden AS",
                "Aina Arbeidslivssenter", "Arbeidslivssenterets tavlemøte");
        browser.check("process after the match");
    }
}
