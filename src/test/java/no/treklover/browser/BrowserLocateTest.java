package no.treklover.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Without a browser the browser tests cannot start, and the error says what to install or set. */
class BrowserLocateTest {

    @Test
    void failsWithWhatToInstallWhenTheExecutableIsNowhere() {
        assertThatThrownBy(() -> Browser.locate("Chromium", "treklover.test.no-such-property", "TREKLOVER_NO_SUCH_ENV",
                List.of("no-such-browser-for-treklover"), List.of("/no/such/chromium")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Chromium was not found")
                .hasMessageContaining("apt-get install chromium chromium-driver")
                .hasMessageContaining("TREKLOVER_NO_SUCH_ENV");
    }

    @Test
    void failsWhenTheNamedExecutableDoesNotExist() {
        System.setProperty("treklover.test.browser", "/no/such/chromium");
        try {
            assertThatThrownBy(() -> Browser.locate("Chromium", "treklover.test.browser", "TREKLOVER_NO_SUCH_ENV",
                    List.of("sh"), List.of()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("-Dtreklover.test.browser=/no/such/chromium does not name an executable");
        } finally {
            System.clearProperty("treklover.test.browser");
        }
    }

    @Test
    void findsAnExecutableOnThePath() {
        Path sh = Browser.locate("a shell", "treklover.test.no-such-property", "TREKLOVER_NO_SUCH_ENV",
                List.of("sh"), List.of());
        assertThat(sh.getFileName()).hasToString("sh");
    }
}
