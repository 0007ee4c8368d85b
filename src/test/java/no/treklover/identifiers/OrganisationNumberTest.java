package no.treklover.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * By hand, 974760673: 9*3 + 7*2 + 4*7 + 7*6 + 6*5 + 0*4 + 6*3 + 7*2 = 173; 173 mod 11 = 8; 11 - 8 = 3.
 */
class OrganisationNumberTest {

    @ParameterizedTest
    @CsvSource({
            "974760673", // Brønnøysundregistrene
            "889640782", // NAV
            "923609016", // Equinor ASA
            "984851006", // DNB Bank ASA
            "123456785",
            "'974 760 673'",
            "' 889 640 782 '",
            "'923\u00A0609\u00A0016'",
    })
    void acceptsValidNumbers(String raw) {
        assertTrue(OrganisationNumber.isValid(raw));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "NULL",
            "''",
            "'   '",
            "974760674", // wrong control digit
            "974760637", // last two swapped
            "123456050", // 12345605 would need control 10
            "97476067",
            "9747606730",
            "abcdefghi",
            "974-760-673",
            "NO974760673MVA",
            "\u0669\u0667\u0664\u0667\u0666\u0660\u0666\u0667\u0663", // Arabic-Indic 974760673
    })
    void rejectsInvalidNumbers(String raw) {
        assertFalse(OrganisationNumber.isValid(raw));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "'974 760 673', 974760673",
            "' 974760673 ', 974760673",
            "'', ''",
            "NULL, NULL",
    })
    void normalisesBySkippingSpaces(String raw, String expected) {
        assertEquals(expected, OrganisationNumber.normalise(raw));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "97476067, 974760673",
            "88964078, 889640782",
            "12345678, 123456785",
            "12345605, NULL", // control would be 10
            "90000009, NULL",
    })
    void appendsTheControlDigit(String first8, String expected) {
        assertEquals(Optional.ofNullable(expected), OrganisationNumber.withControlDigit(first8));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"NULL", "1234567", "123456789", "abcdefgh", "'1234 567'"})
    void refusesToAppendToAnythingButEightDigits(String first8) {
        assertThrows(IllegalArgumentException.class, () -> OrganisationNumber.withControlDigit(first8));
    }
}
