package no.treklover.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The market contact uploads a register file, watches the progress bar reach 100 % and opens the rejected rows. */
@IntegrationTest
class EmployerImportJourneyTest {

    @RegisterExtension
    final Browser browser = Browser.chromium();

    @Test
    void theMarketContactUploadsAFileAndFollowsItToTheEnd() throws Exception {
        Path file = Files.createTempFile("enheter_alle", ".json.gz");
        StringBuilder json = new StringBuilder("[");
        int n = 0;
        for (int first8 = 79_000_000; n < 300; first8++) {
            var number = no.treklover.identifiers.OrganisationNumber.withControlDigit(String.valueOf(first8));
            if (number.isPresent()) {
                json.append(n++ == 0 ? "" : ",").append("{\"organisasjonsnummer\":\"").append(number.get())
                        .append("\",\"navn\":\"Opplastet ").append(n).append(" AS\",\"forretningsadresse\":")
                        .append("{\"adresse\":[\"Storgata 1\"],\"kommunenummer\":\"0301\",\"kommune\":\"OSLO\"}}");
            }
        }
        json.append(",{\"organisasjonsnummer\":\"974760674\",\"navn\":\"Feil kontrollsiffer\"}]");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        browser.open("/login");
        browser.login("markedskontakt", "demo");
        browser.open("/employers/import");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Import fra Enhetsregisteret");
        browser.check("import page");
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWaitForPage(By.cssSelector("form[action*='/employers/import/upload'] button[type=submit]"));
        browser.waitForPath("/employers/import/[0-9]+");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(driver ->
                "100".equals(driver.findElement(By.id("progress")).getDomProperty("value")));
        assertThat(browser.find(By.id("progress")).getAccessibleName()).isEqualTo("Fremdrift for importen");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver ->
                driver.findElement(By.id("count-read")).getText().equals("301"));
        assertThat(browser.text(By.id("count-inserted"))).isEqualTo("300");
        assertThat(browser.text(By.id("count-rejected"))).isEqualTo("1");
        browser.check("import finished");

        browser.clickAndWaitForPage(By.id("rejections-link"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Avviste rader");
        assertThat(browser.text(By.cssSelector("tbody tr"))).contains("Element 300").contains("974760674")
                .contains("Ugyldig organisasjonsnummer");
        browser.check("rejected rows");
    }
}
