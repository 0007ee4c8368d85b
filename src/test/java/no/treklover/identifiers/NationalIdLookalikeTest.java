package no.treklover.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalIdLookalikeTest {

    @ParameterizedTest(name = "''{0}'' looks like a national id: {1}")
    @CsvSource(nullValues = "null", value = {
            "01019012345, true",
            "010190 12345, true",
            "' 0101 9012 345 ', true",
            "99999999999, true",
            "0101901234, false",
            "010190123456, false",
            "Ola Nordmann, false",
            "0101901234a, false",
            "'', false",
            "null, false",
    })
    void spotsElevenDigitsWhateverTheirValidity(String text, boolean expected) {
        assertThat(NationalId.looksLikeOne(text)).isEqualTo(expected);
    }
}
