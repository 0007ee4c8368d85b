package no.treklover.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The checks the browser tests rely on must be able to fail: a page with known WCAG faults is reported with rule,
 * impact and element, and a console error and an unresolved message key are caught. No Spring context; the pages
 * are data: URLs.
 */
class AxeScannerTest {

    private static final String FAULTY_PAGE = """
            <!DOCTYPE html><html lang="nb"><head><title>Feil med vilje</title></head><body><main>
            <h1>Feil med vilje</h1>
            <img id="no-alt" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <input id="no-label" type="text">
            <p id="faint" style="color:#bbbbbb;background:#ffffff">Lys grå tekst på hvit bakgrunn</p>
            <a id="name-mismatch" href="#faint" aria-label="Versjon 1">Vis</a>
            </main></body></html>
            """;

    private static final String CLEAN_PAGE = """
            <!DOCTYPE html><html lang="nb"><head><title>Ryddig</title></head><body><main>
            <h1>Ryddig</h1><label for="name">Navn</label><input id="name" type="text">
            </main></body></html>
            """;

    @RegisterExtension
    final Browser browser = Browser.chromium();

    @Test
    void reportsSeriousAndCriticalViolationsWithRuleAndElement() {
        show(FAULTY_PAGE);
        List<AxeScanner.Violation> violations = new AxeScanner().scan(browser.driver());
        assertThat(violations).extracting(AxeScanner.Violation::id)
                .contains("image-alt", "label", "color-contrast", "label-content-name-mismatch");

        assertThatThrownBy(() -> new AxeScanner().assertNoSeriousViolations(browser.driver(), "faulty page"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("faulty page")
                .hasMessageContaining("image-alt [critical]")
                .hasMessageContaining("label [critical]")
                .hasMessageContaining("color-contrast [serious]")
                .hasMessageContaining("label-content-name-mismatch [serious]")
                .hasMessageContaining("#name-mismatch")
                .hasMessageContaining("#no-alt")
                .hasMessageContaining("<input id=\"no-label\" type=\"text\">");
    }

    @Test
    void passesACleanPageAndCatchesConsoleErrors() {
        show(CLEAN_PAGE);
        new AxeScanner().assertNoSeriousViolations(browser.driver(), "clean page");
        browser.assertNoConsoleErrors("clean page");

        ((JavascriptExecutor) browser.driver()).executeScript("console.error('noe gikk galt i siden')");
        assertThatThrownBy(() -> browser.assertNoConsoleErrors("clean page"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("noe gikk galt i siden");
    }

    @Test
    void catchesMessageKeysThymeleafCouldNotResolve() {
        show(CLEAN_PAGE);
        browser.assertNoMissingMessages("clean page");
        show(CLEAN_PAGE.replace("<h1>Ryddig</h1>", "<h1>??field.[global]_nb_NO??: Ryddig</h1>"));
        assertThatThrownBy(() -> browser.assertNoMissingMessages("page with a missing message"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("??field.[global]_nb_NO??");
    }

    private void show(String html) {
        browser.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8)
                .replace("+", "%20"));
    }
}
