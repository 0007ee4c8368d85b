package no.treklover.identifiers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * By hand, for the payload 1234: mod 10 doubles 4 and 2 from the right, 8 + 3 + 4 + 1 = 16, control 4;
 * mod 11 weighs 4*2 + 3*3 + 2*4 + 1*5 = 30, 30 mod 11 = 8, control 11 - 8 = 3.
 * For 99: mod 11 weighs 9*2 + 9*3 = 45, 45 mod 11 = 1, 11 - 1 = 10, written '-'.
 */
class KidTest {

    @ParameterizedTest
    @CsvSource({
            "12344", // mod 10
            "12343", // mod 11
            "79927398713", // mod 10
            "79927398716", // mod 11
            "123456782", // mod 10
            "123456785", // mod 11
            "99-", // mod 11 control 10
            "18", // shortest, mod 10
            "19", // shortest, mod 11
            "00",
            "1234567890123456789012340", // longest, mod 10
            "1234567890123456789012341", // longest, mod 11
            "'1234 4'",
            "' 12343 '",
    })
    void acceptsValidKids(String raw) {
        assertTrue(Kid.isValid(raw));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "NULL",
            "''",
            "1", // too short
            "12345678901234567890123459", // 26 characters, though mod 10 is right
            "12345", // neither mod 10 (4) nor mod 11 (3)
            "79927398710",
            "12-", // mod 11 control is 4
            "9-9", // '-' only as the control
            "-",
            "123-4",
            "ABC12",
            "1234.4",
            "\u0661\u0668", // Arabic-Indic 18
    })
    void rejectsInvalidKids(String raw) {
        assertFalse(Kid.isValid(raw));
    }
}
