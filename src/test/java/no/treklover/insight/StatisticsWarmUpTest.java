package no.treklover.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatisticsWarmUpTest {

    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");

    @ParameterizedTest(name = "warmed before {0}, last view {1} min ago: due {2}")
    @CsvSource(nullValues = "never", value = {
        "false, never, true",   // start-up counts ahead before anyone looks
        "false, 600,   true",
        "true,  never, false",  // nobody has opened a dashboard on this node since
        "true,  0,     true",
        "true,  59,    true",
        "true,  60,    false",  // an hour after the last view it stops
        "true,  600,   false",
    })
    void countsAheadAtStartUpAndThenOnlyWhileSomeoneLooks(boolean warmedOnce, Integer minutesAgo, boolean due) {
        Optional<Instant> lastViewed = Optional.ofNullable(minutesAgo).map(m -> NOW.minusSeconds(60L * m));
        assertThat(StatisticsWarmUp.due(warmedOnce, lastViewed, NOW)).isEqualTo(due);
    }
}
