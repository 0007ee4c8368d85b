package no.treklover.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The candidate shares with the mentor, the mentor sees exactly that, the candidate withdraws it again. */
@IntegrationTest
class SharingJourneyTest {

    private static final By ADAPTATION_TO_MENTOR = By.id("share-ADAPTATION_NEEDS-MENTOR");
    private static final By SHARED_ITEMS = By.cssSelector(".shared-item h2");

    @RegisterExtension
    final Browser browser = Browser.chromium();

    @Test
    void theCandidateDecidesWhatTheMentorSees() {
        browser.open("/login");
        browser.login("kandidat", "demo");
        browser.waitForPath("/my");
        browser.clickAndWaitForPage(By.linkText("Deling"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Hva vil du dele?");
        setSharing(false);
        browser.check("consent, nothing shared");
        setSharing(true);
        assertThat(browser.text(By.cssSelector(".message--success"))).isEqualTo("Valgene dine er lagret.");
        assertThat(browser.text(By.cssSelector("label[for=share-ADAPTATION_NEEDS-MENTOR]"))).contains("delt siden");
        browser.check("consent, adaptation needs shared with the mentor");
        browser.logout();

        browser.login("mentor", "demo");
        browser.waitForPath("/partner");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Mine kandidater");
        browser.check("mentor's candidates");
        browser.clickAndWaitForPage(By.linkText("Kaja Kandidat"));
        List<String> shared = browser.findAll(SHARED_ITEMS).stream().map(WebElement::getText).toList();
        assertThat(shared).containsExactly("Behov for tilrettelegging");
        browser.check("shared profile seen by the mentor");
        browser.logout();

        browser.login("kandidat", "demo");
        browser.waitForPath("/my");
        browser.open("/my/consent");
        setSharing(false);
        browser.logout();
        browser.login("mentor", "demo");
        browser.waitForPath("/partner");
        browser.clickAndWaitForPage(By.linkText("Kaja Kandidat"));
        assertThat(browser.findAll(SHARED_ITEMS)).isEmpty();
        assertThat(browser.text(By.cssSelector(".empty-state"))).isEqualTo("Kandidaten har ikke delt noe med deg ennå.");
    }

    private void setSharing(boolean shared) {
        WebElement box = browser.find(ADAPTATION_TO_MENTOR);
        if (box.isSelected() != shared) {
            box.click();
        }
        browser.clickAndWaitForPage(By.cssSelector("form[action='/my/consent'] button[type=submit]"));
        assertThat(browser.find(ADAPTATION_TO_MENTOR).isSelected()).isEqualTo(shared);
    }
}
