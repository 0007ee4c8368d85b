package no.treklover.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * By hand, 86011117947: 8*5 + 6*4 + 0*3 + 1*2 + 1*7 + 1*6 + 1*5 + 7*4 + 9*3 + 4*2 = 147; 147 mod 11 = 4; 11 - 4 = 7.
 */
class AccountNumberTest {

    @ParameterizedTest
    @CsvSource({
            "86011117947",
            "12345678903",
            "1234.56.78903",
            "'1234 56 78903'",
            "' 8601.11.17947 '",
    })
    void acceptsValidNumbers(String raw) {
        assertTrue(AccountNumber.isValid(raw));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "NULL",
            "''",
            "86011117948", // wrong control digit
            "86011117974", // last two swapped
            "12345678130", // 1234567813 would need control 10
            "8601111794",
            "860111179470",
            "1234-56-78903",
            "abcdefghijk",
            "\u0668\u0666\u0660\u0661\u0661\u0661\u0661\u0667\u0669\u0664\u0667", // Arabic-Indic 86011117947
    })
    void rejectsInvalidNumbers(String raw) {
        assertFalse(AccountNumber.isValid(raw));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "1234.56.78903, 12345678903",
            "'1234 56 78903', 12345678903",
            "' 86011117947 ', 86011117947",
            "NULL, NULL",
    })
    void normalisesBySkippingDotsAndSpaces(String raw, String expected) {
        assertEquals(expected, AccountNumber.normalise(raw));
    }
}
