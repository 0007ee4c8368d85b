package no.treklover.browser;

import static no.treklover.browser.Browser.DESKTOP;
import static no.treklover.browser.Browser.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The double loop in Chromium with axe on every page, at desktop and phone width: the office leader makes a network,
 * adds the mentor, plans a gathering and invites; the mentor (on her phone) replies, asks for a topic and gives
 * feedback to NAV; the office leader answers it (will not change, and why); the mentor is told and sees the answer.
 */
@IntegrationTest
class NetworkJourneyTest {

    @RegisterExtension
    final Browser browser = Browser.chromium();

    @Test
    void gatheringInvitationReplyFeedbackAndAnswer() {
        String name = "Reisenettverket " + System.nanoTime() % 100000;
        for (Dimension leaderSize : new Dimension[] {DESKTOP, PHONE}) {
            browser.driver().manage().window().setSize(leaderSize);
            String suffix = leaderSize == DESKTOP ? " (desktop)" : " (phone)";
            journey(name + suffix, suffix);
        }
    }

    private void journey(String name, String suffix) {
        Dimension leaderSize = browser.driver().manage().window().getSize();
        // the office leader: from her start page to a new network with the mentor in it
        browser.open("/login");
        browser.login("kontorleder", "demo");
        browser.clickAndWaitForPage(By.cssSelector("#main a[href$='/networks']"));
        browser.check("networks, office leader" + suffix);
        browser.type(By.id("name"), name);
        browser.clickAndWaitForPage(By.cssSelector("form[action$='/networks'] button[type=submit]"));
        browser.waitForPath("/networks/\\d+");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(name);
        browser.setValue(By.id("mentorId"), mentorId());
        browser.clickAndWaitForPage(By.cssSelector("form[action$='/members'] button[type=submit]"));
        assertThat(browser.text(By.id("main"))).contains("Mona Mentor", "Har kandidat nå");
        browser.check("network with a member" + suffix);

        // plans the gathering on the suggested date and invites
        browser.clickAndWaitForPage(By.cssSelector("a[href$='/gatherings/new']"));
        browser.check("gathering form" + suffix);
        browser.type(By.id("title"), "Vårsamling");
        browser.type(By.id("place"), "Bydelshuset");
        browser.type(By.id("programme"), "Innledning om å være mentor, så dialog.");
        browser.clickAndWaitForPage(By.cssSelector("form.gathering-form button[type=submit]"));
        browser.waitForPath("/gatherings/\\d+");
        String gathering = browser.path();
        browser.clickAndWaitForPage(By.cssSelector("form[action$='/invitations'] button[type=submit]"));
        assertThat(browser.text(By.cssSelector(".message--success"))).contains("ett medlem");
        browser.check("gathering invited" + suffix);
        browser.logout();

        // the mentor on her phone: the invitation, her reply, a topic and feedback to NAV
        browser.size(PHONE);
        browser.login("mentor", "demo");
        browser.open("/notifications");
        assertThat(browser.text(By.id("main"))).contains("Invitasjon: Vårsamling");
        browser.open(gathering);
        browser.check("gathering, mentor" + suffix);
        assertThat(browser.find(By.cssSelector("a[href$='/invitation.ics']")).isDisplayed()).isTrue();
        browser.find(By.cssSelector("label[for='reply-coming']")).click();
        browser.clickAndWaitForPage(By.cssSelector("form[action$='/reply'] button[type=submit]"));
        assertThat(browser.text(By.id("reply"))).contains("Du har svart at du kommer.");
        browser.type(By.id("topic"), "Hvordan avslutter jeg et mentorforløp?");
        browser.clickAndWaitForPage(By.cssSelector("form.topic-form button[type=submit]"));
        browser.type(By.id("text"), "Vi trenger et fast kontaktpunkt i NAV når veilederen er borte.");
        browser.clickAndWaitForPage(By.cssSelector("form.feedback-form button[type=submit]"));
        browser.waitForPath("/network-feedback/\\d+");
        String feedback = browser.path();
        assertThat(browser.text(By.id("main"))).contains("Ikke besvart", "NAV har ikke svart ennå.");
        browser.check("feedback given" + suffix);
        browser.logout();

        // the office leader answers: will not change, and why
        browser.driver().manage().window().setSize(leaderSize);
        browser.login("kontorleder", "demo");
        browser.open(gathering);
        assertThat(browser.text(By.id("main"))).contains("Hvordan avslutter jeg et mentorforløp?", "Ja, jeg kommer");
        browser.check("gathering with a reply and a topic" + suffix);
        browser.open(feedback);
        browser.check("feedback to answer" + suffix);
        browser.find(By.cssSelector("label[for='status-WILL_NOT_CHANGE']")).click();
        browser.type(By.id("response"), "Takk, vi har sett på det.");
        browser.clickAndWaitForPage(By.cssSelector("form.answer-form button[type=submit]"));
        assertThat(browser.text(By.id("main"))).contains("Skriv hvorfor NAV ikke endrer praksis.");
        browser.check("answer refused without a reason" + suffix);
        browser.type(By.id("reason"), "Kontaktpunktet er veilederens stedfortreder, som står i avtalen.");
        browser.clickAndWaitForPage(By.cssSelector("form.answer-form button[type=submit]"));
        assertThat(browser.text(By.cssSelector(".message--success"))).contains("Svaret er lagret");
        browser.logout();

        // the mentor is told and sees what became of her feedback
        browser.size(PHONE);
        browser.login("mentor", "demo");
        browser.open("/notifications");
        assertThat(browser.text(By.id("main"))).contains("NAV har svart på innspillet ditt i mentornettverket " + name);
        browser.open("/networks");
        assertThat(browser.text(By.id("my-feedback"))).contains("Endres ikke");
        browser.open(feedback);
        assertThat(browser.text(By.id("answer"))).contains("Takk, vi har sett på det.",
                "Kontaktpunktet er veilederens stedfortreder", "Kari Kontorleder");
        browser.check("the answer, mentor" + suffix);
        browser.logout();
        browser.driver().manage().window().setSize(leaderSize);
    }

    private String mentorId() {
        return browser.find(By.xpath("//select[@id='mentorId']/option[normalize-space()='Mona Mentor']"))
                .getDomProperty("value");
    }
}
