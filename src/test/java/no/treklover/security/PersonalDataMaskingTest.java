package no.treklover.security;

import static org.assertj.core.api.Assertions.assertThat;

import no.treklover.access.logging.PersonalDataMasking;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

class PersonalDataMaskingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // national ids alone or with a space after the birth date
            "fnr=01019012345, igjen 010190 12345. | fnr=***********, igjen ***********.",
            "(01019012345)                         | (***********)",
            // e-mail addresses, also with Norwegian letters
            "sent to åse.ørn@nav.no failed          | sent to *********** failed",
            "<kari+test@example.co.uk>             | <***********>",
            // values PostgreSQL quotes in constraint errors
            "Detail: Key (email)=(Kari Nordmann) already exists. | Detail: Key (email)=(***********) already exists.",
            "Key (candidate_id, open)=(42, t) is duplicated | Key (candidate_id, open)=(***********) is duplicated",
            "Key (name)=(Bakeri (Solsiden) AS) exists | Key (name)=(***********) exists",
            // what is not personal data stays readable
            "org.nr. 974760673, id 1234567890, tid 1732384712345, konto 1234.56.78903 | org.nr. 974760673, id 1234567890, tid 1732384712345, konto 1234.56.78903",
            "POST /api/v1/processes/17/transitions | POST /api/v1/processes/17/transitions",
            "user@ alone, @home                    | user@ alone, @home",
    })
    void masksWhatIdentifiesAPerson(String text, String expected) {
        assertThat(PersonalDataMasking.mask(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    void nullStaysNull(String nothing) {
        assertThat(PersonalDataMasking.mask(nothing)).isNull();
    }
}
