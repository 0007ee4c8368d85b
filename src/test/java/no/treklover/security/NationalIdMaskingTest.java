package no.treklover.security;

import static org.assertj.core.api.Assertions.assertThat;

import no.treklover.access.logging.NationalIdMasking;
import org.junit.jupiter.api.Test;

class NationalIdMaskingTest {

    @Test
    void masksElevenDigitsAloneOrWithASpaceAfterTheBirthDate() {
        assertThat(NationalIdMasking.mask("fnr=01019012345, igjen 010190 12345.")).isEqualTo(
                "fnr=***********, igjen ***********.");
        assertThat(NationalIdMasking.mask("(01019012345)")).isEqualTo("(***********)");
    }

    @Test
    void leavesShorterAndLongerNumbersAlone() {
        String text = "org.nr. 974760673, id 1234567890, tid 1732384712345, konto 1234.56.78903";
        assertThat(NationalIdMasking.mask(text)).isEqualTo(text);
        assertThat(NationalIdMasking.mask(null)).isNull();
    }
}
