package no.treklover.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhaseTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "ASSESSMENT, EMPLOYER_CONTACT, true",
            "EMPLOYER_CONTACT, MENTOR_IDENTIFIED, true",
            "MENTOR_IDENTIFIED, START_UP, true",
            "START_UP, FOLLOW_UP, true",
            "FOLLOW_UP, CLOSURE, true",
            "CLOSURE, POST_CHECK, false",
            "POST_CHECK, null, false",
    })
    void knowsOrderAndWhetherAProcessIsOpen(Phase phase, Phase next, boolean open) {
        assertThat(phase.next()).isEqualTo(next);
        assertThat(phase.isOpen()).isEqualTo(open);
    }
}
