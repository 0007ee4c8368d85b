package no.treklover.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A missing browser fails the build in CI and is skipped loudly elsewhere, never silently. */
class BrowserSkipTest {

    private final IllegalStateException missing = new IllegalStateException("Chromium was not found");
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);

    @Test
    void inCiAMissingBrowserFailsTheTest() {
        for (String ci : new String[] {"true", "1", "yes", "TRUE"}) {
            assertThat(Browser.failOrSkip(missing, ci, err)).as("CI=" + ci).isSameAs(missing);
        }
        assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void outsideCiItIsSkippedWithOneLineNamingWhatToInstall() {
        for (String ci : new String[] {null, "", "false"}) {
            stderr.reset();
            assertThatThrownBy(() -> Browser.failOrSkip(missing, ci, err)).as("CI=" + ci)
                    .isInstanceOf(TestAbortedException.class);
            String printed = stderr.toString(StandardCharsets.UTF_8);
            assertThat(printed.lines()).hasSize(1);
            assertThat(printed).contains("BROWSER TEST SKIPPED").contains("apt-get install chromium chromium-driver");
        }
    }
}
