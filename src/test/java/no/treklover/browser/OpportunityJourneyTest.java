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
 * Opportunities and matching in Chromium, desktop and phone, with axe on every page: the market contact writes an
 * opportunity (a field error first), opens it, matches from a need and from the opportunity, reads the explanation
 * and proposes one on the needs board; the employer writes its own opportunity on its own page.
 */
@IntegrationTest
class OpportunityJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final Browser browser = Browser.chromium();

    @Test
    void theMarketContactWritesMatchesAndProposes() {
        ApiClient api = new ApiClient(port);
        long candidate = api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Mona", "lastName", "Matchesen")).id();
        long process = api.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
        long need = api.post("veileder", "/api/v1/processes/" + process + "/needs", object("title",
                "Sykkelverksted uten nattarbeid " + process, "interests", "Sykler, skru", "skills", "Lappe dekk",
                "hoursPerWeek", 20, "municipality", "Oslo")).id();
        long employer = jdbc.sql("select id from employer where name = 'Torshov Sykkelservice AS'")
                .query(Long.class).single();
        String title = "Sykkelmekaniker " + process;

        browser.size(DESKTOP);
        browser.open("/login");
        browser.login("markedskontakt", "demo");
        browser.open("/opportunities/new");
        browser.check("choose employer");
        browser.type(By.id("employerSearch"), "Torshov Sykkelservice");
        browser.clickAndWaitForPage(By.cssSelector("form[role=search] button[type=submit]"));
        browser.clickAndWaitForPage(By.cssSelector(".employer-choices a"));
        browser.check("opportunity form");
        // a field error first: what was typed stays
        browser.type(By.id("tasks"), "Reparere sykler, skru og lappe dekk");
        browser.clickAndWaitForPage(By.cssSelector("form.opportunity-form button[type=submit]"));
        assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Skriv en kort tittel");
        assertThat(browser.find(By.id("tasks")).getDomProperty("value")).isEqualTo("Reparere sykler, skru og lappe dekk");
        browser.check("opportunity form with errors");
        browser.type(By.id("title"), title);
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("type"))).selectByValue("WORK_TRAINING");
        browser.type(By.id("requirementsMust"), "Lappe dekk");
        browser.type(By.id("hoursPerWeek"), "20");
        browser.type(By.id("municipality"), "Oslo");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("county"))).selectByValue("Oslo");
        browser.clickAndWaitForPage(By.cssSelector("form.opportunity-form button[type=submit]"));
        browser.waitForPath("/opportunities/\\d+");
        long opportunity = Long.parseLong(browser.path().replaceAll("\\D+", ""));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(title);
        browser.check("opportunity, draft");
        browser.clickAndWaitForPage(By.xpath("//button[normalize-space()='Åpne']"));
        assertThat(browser.text(By.cssSelector(".opportunity-status"))).isEqualTo("Åpen");
        browser.open("/opportunities?status=OPEN&municipality=Oslo");
        browser.check("opportunity list, filtered");

        // from the need: the new opportunity first, with its explanation; on a phone too
        browser.open("/board/needs/" + need);
        browser.clickAndWaitForPage(By.cssSelector("a.need-matches-link"));
        assertThat(browser.text(By.cssSelector(".match h2"))).isEqualTo(title);
        assertThat(browser.text(By.cssSelector(".match .match-score"))).isEqualTo("Samsvar: 100 av 100");
        // the explanation per factor on request: the row's <details>, opened from the keyboard, loads it by htmx
        assertThat(browser.findAll(By.cssSelector(".match .match-factors"))).isEmpty();
        String explained = browser.find(By.cssSelector(".match .match-why a")).getDomAttribute("href");
        org.openqa.selenium.WebElement why = browser.find(By.cssSelector(".match .match-details summary"));
        why.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".match .match-details .match-factors")));
        assertThat(browser.text(By.cssSelector(".match .match-factors"))).contains("Samme kommune (Oslo).");
        browser.check("matches for a need");
        // without JavaScript the row links to the page with the whole explanation
        browser.open(explained);
        assertThat(browser.text(By.cssSelector(".match .match-factors"))).contains("Samme kommune (Oslo).");
        browser.check("a match for a need explained");
        browser.open("/board/needs/" + need + "/matches");
        browser.size(PHONE);
        browser.check("matches for a need on a phone");
        browser.size(DESKTOP);

        // from the opportunity: the need is among the board's open needs; the candidate's name never shows
        browser.open("/opportunities/" + opportunity);
        browser.clickAndWaitForPage(By.cssSelector("a.opportunity-matches-link"));
        assertThat(browser.find(By.tagName("main")).getText()).contains("Sykkelverksted uten nattarbeid " + process)
                .doesNotContain("Matchesen");
        browser.findAll(By.cssSelector(".match .match-details summary")).get(0).click();
        browser.waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".match .match-details .match-factors")));
        browser.check("matches for an opportunity");
        browser.size(PHONE);
        browser.check("matches for an opportunity on a phone");
        browser.size(DESKTOP);

        // "Foreslå" on the need's first match: a proposal on the needs board, nothing more
        browser.open("/board/needs/" + need + "/matches");
        browser.clickAndWaitForPage(By.cssSelector(".match form.match-propose button"));
        browser.waitForPath("/board/needs/" + need);
        assertThat(browser.text(By.cssSelector(".need-proposals"))).contains("Torshov Sykkelservice AS");
        assertThat(jdbc.sql("select count(*) from need_proposal where need_id = :n and employer_id = :e")
                .param("n", need).param("e", employer).query(Long.class).single()).isEqualTo(1);
        browser.check("need after proposing from a match");
    }

    @Test
    void theEmployerWritesItsOwnOpportunity() {
        String title = "Bakerlærling " + System.nanoTime();
        browser.size(PHONE);
        browser.open("/login");
        browser.login("arbeidsgiver", "demo");
        browser.open("/employers/own");
        browser.check("own page with opportunities");
        browser.clickAndWaitForPage(By.cssSelector(".opportunity-card a[href*='/opportunities/new']"));
        browser.check("employer's opportunity form on a phone");
        browser.type(By.id("title"), title);
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("type"))).selectByValue("APPRENTICESHIP");
        browser.type(By.id("municipality"), "Oslo");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("county"))).selectByValue("Oslo");
        browser.find(By.cssSelector("label[for='constraint-NIGHT_WORK']")).click();
        browser.clickAndWaitForPage(By.cssSelector("form.opportunity-form button[type=submit]"));
        browser.waitForPath("/opportunities/\\d+");
        assertThat(browser.find(By.tagName("main")).getText()).contains(title, "Bakeri Solsiden AS", "Nattarbeid");
        browser.check("employer's own opportunity");
        browser.open("/employers/own");
        assertThat(browser.text(By.cssSelector(".opportunity-card"))).contains(title);
        browser.size(DESKTOP);
        browser.open("/opportunities");
        browser.check("employer's opportunity list");
    }
}
