package no.treklover.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The valid numbers below were made with a separate Python implementation of the rules. One by hand, 01019000083:
 * k1 = 11 - (0*3 + 1*7 + 0*6 + 1*1 + 9*8 + 0*9 + 0*4 + 0*5 + 0*2 = 80; 80 mod 11 = 3) = 8,
 * k2 = 11 - (0*5 + 1*4 + 0*3 + 1*2 + 9*7 + 0*6 + 0*5 + 0*4 + 0*3 + 8*2 = 85; 85 mod 11 = 8) = 3.
 */
class NationalIdTest {

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @CsvSource({
            "01019000083, 01019000083, 1990-01-01, ORDINARY",
            "01019012480, 01019012480, 1990-01-01, ORDINARY",
            "01109010185, 01109010185, 1990-10-01, ORDINARY",
            "29029610086, 29029610086, 1996-02-29, ORDINARY", // leap day
            // century from the individual number
            "31129940053, 31129940053, 1999-12-31, ORDINARY", // 000-499 -> 1900s
            "15056095028, 15056095028, 1960-05-15, ORDINARY", // 900-999 with 40-99 -> 1900s
            "01010150074, 01010150074, 2001-01-01, ORDINARY", // 500-999 with 00-39 -> 2000s
            "01013999984, 01013999984, 2039-01-01, ORDINARY",
            "29120080014, 29120080014, 2000-12-29, ORDINARY", // 750-899 with 00-39 -> 2000s
            "29020070003, 29020070003, 2000-02-29, ORDINARY", // 2000 is a leap year
            "01016050012, 01016050012, 1860-01-01, ORDINARY", // 500-749 with 54-99 -> 1800s
            "31129974810, 31129974810, 1899-12-31, ORDINARY",
            "15056060062, 15056060062, 1860-05-15, ORDINARY",
            "01015450068, 01015450068, 1854-01-01, ORDINARY",
            // D-number: day + 40
            "41019010110, 41019010110, 1990-01-01, D_NUMBER",
            "71019010052, 71019010052, 1990-01-31, D_NUMBER",
            // synthetic: month + 40 (Dolly) or + 80 (Tenor), also combined with a D-number
            "01519010077, 01519010077, 1990-11-01, SYNTHETIC",
            "01819010001, 01819010001, 1990-01-01, SYNTHETIC",
            "31819010024, 31819010024, 1990-01-31, SYNTHETIC",
            "31929010062, 31929010062, 1990-12-31, SYNTHETIC",
            "41929010033, 41929010033, 1990-12-01, SYNTHETIC",
            "45528510063, 45528510063, 1985-12-05, SYNTHETIC",
            // spaces around, and one space (also a no-break space) after the birth date
            "' 01019000083 ', 01019000083, 1990-01-01, ORDINARY",
            "'010190 00083', 01019000083, 1990-01-01, ORDINARY",
            "' 410190 10110 ', 41019010110, 1990-01-01, D_NUMBER",
            "'\t01019000083\n', 01019000083, 1990-01-01, ORDINARY",
            "'010190\u00A000083', 01019000083, 1990-01-01, ORDINARY",
            "'\u00A001019000083\u00A0', 01019000083, 1990-01-01, ORDINARY",
    })
    void acceptsValidNumbers(String raw, String digits, LocalDate birthDate, NationalId.Kind kind) {
        NationalIdCheck check = NationalId.check(raw);

        NationalIdCheck.Valid valid = assertInstanceOf(NationalIdCheck.Valid.class, check);
        assertEquals(digits, valid.nationalId().digits());
        assertEquals(birthDate, valid.nationalId().birthDate());
        assertEquals(kind, valid.nationalId().kind());
        assertTrue(NationalId.isValid(raw));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(nullValues = "NULL", value = {
            "NULL, BLANK",
            "'', BLANK",
            "'   ', BLANK",
            "'\t\n\u00A0', BLANK",
            // shape
            "0101900008, NOT_11_DIGITS",
            "010190000830, NOT_11_DIGITS",
            "0101900008a, NOT_11_DIGITS",
            "abcdefghijk, NOT_11_DIGITS",
            "-1019000083, NOT_11_DIGITS",
            "+4701019000083, NOT_11_DIGITS",
            "010190-00083, NOT_11_DIGITS",
            "'0101 9000083', NOT_11_DIGITS",
            "'010190  00083', NOT_11_DIGITS",
            "'01 01 90 00083', NOT_11_DIGITS",
            // digits that Character.isDigit accepts: Arabic-Indic, full-width, one Devanagari
            "\u0660\u0661\u0660\u0661\u0669\u0660\u0660\u0660\u0660\u0668\u0663, NOT_11_DIGITS",
            "\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10\uFF10\uFF10\uFF10\uFF18\uFF13, NOT_11_DIGITS",
            "0101900008\u0969, NOT_11_DIGITS",
            // control digits
            "01019000084, INVALID_CONTROL_DIGITS", // k2 wrong
            "01019000093, INVALID_CONTROL_DIGITS", // k1 wrong
            "01019000038, INVALID_CONTROL_DIGITS", // k1 and k2 swapped
            "10019000083, INVALID_CONTROL_DIGITS", // day and month swapped
            "11111111111, INVALID_CONTROL_DIGITS", // k1 would be 10
            // not a calendar date; each of these has correct control digits
            "31029010059, INVALID_DATE", // 31 Feb
            "30029010281, INVALID_DATE", // 30 Feb
            "29029910039, INVALID_DATE", // 29 Feb 1999
            "29020010027, INVALID_DATE", // 29 Feb 1900, not a leap year
            "31119010007, INVALID_DATE", // 31 Nov
            "00019010007, INVALID_DATE", // day 00
            "40019010181, INVALID_DATE", // day 40
            "01009010056, INVALID_DATE", // month 00
            "01139010074, INVALID_DATE", // month 13
            "01339010060, INVALID_DATE", // month 33
            "01619010015, INVALID_DATE", // month 61: not a synthetic offset
            "01939010110, INVALID_DATE", // month 93 = Tenor month 13
            "31429010031, INVALID_DATE", // Dolly 31 Feb
            "72019010091, INVALID_DATE", // D-number day 32
            "71049010022, INVALID_DATE", // D-number 31 Apr
            "00000000000, INVALID_DATE",
            // individual number not used for that year
            "01015050094, INVALID_DATE", // 500-749 with year 50
            "01014580049, INVALID_DATE", // 750-899 with year 45
            "31129975019, INVALID_DATE", // 750-899 with year 99
    })
    void rejectsInvalidNumbers(String raw, NationalIdCheck.Reason reason) {
        NationalIdCheck check = NationalId.check(raw);

        NationalIdCheck.Invalid invalid = assertInstanceOf(NationalIdCheck.Invalid.class, check);
        assertEquals(reason, invalid.reason());
        assertFalse(NationalId.isValid(raw));
        assertEquals(Optional.empty(), NationalId.parse(raw));
    }

    @Test
    void neverThrowsOnOddInput() {
        assertEquals(new NationalIdCheck.Invalid(NationalIdCheck.Reason.NOT_11_DIGITS),
                NationalId.check("1".repeat(1_000_000)));
        assertEquals(new NationalIdCheck.Invalid(NationalIdCheck.Reason.NOT_11_DIGITS),
                NationalId.check("\uD83D\uDE00".repeat(6)));
        assertEquals(new NationalIdCheck.Invalid(NationalIdCheck.Reason.BLANK),
                NationalId.check(" ".repeat(64)));
    }

    @ParameterizedTest
    @CsvSource({
            "01019000083, 010190*****",
            "'010190 00083', 010190*****",
            "41019010110, 410190*****",
            "01819010001, 018190*****",
    })
    void masksAllButTheBirthDate(String raw, String masked) {
        NationalId id = NationalId.parse(raw).orElseThrow();

        assertEquals(masked, id.masked());
        assertEquals(masked, id.toString());
    }

    @Test
    void equalityIsByDigits() {
        assertEquals(NationalId.parse("01019000083"), NationalId.parse(" 010190 00083"));
    }

    @ParameterizedTest(name = "{0} #{1} -> {2}")
    @CsvSource({
            "1990-01-01,   0, 01819000049",
            "1990-01-01,   2, 01819000200",
            "1990-01-01, 100, 01819010001",
            "1985-01-01, 100, 01818510078",
            "1996-02-29, 100, 29829610041",
            "1999-03-31, 900, 31839990084",
            "2005-01-01, 500, 01810550003",
            "1860-01-01, 500, 01816050088",
    })
    void buildsSyntheticNumbers(LocalDate birthDate, int individualNumber, String expected) {
        assertEquals(expected, NationalId.synthetic(birthDate, individualNumber));
        NationalId id = NationalId.parse(expected).orElseThrow();
        assertEquals(birthDate, id.birthDate());
        assertEquals(NationalId.Kind.SYNTHETIC, id.kind());
    }

    @ParameterizedTest(name = "{0} #{1} has a control digit 10")
    @CsvSource({"1990-01-01, 1", "1990-01-01, 8"})
    void syntheticIsEmptyWhenAControlDigitWouldBeTen(LocalDate birthDate, int individualNumber) {
        assertEquals(Optional.empty(), NationalId.syntheticOrEmpty(birthDate, individualNumber));
        assertThrows(IllegalArgumentException.class, () -> NationalId.synthetic(birthDate, individualNumber));
    }

    @ParameterizedTest(name = "{0} #{1} is refused")
    @CsvSource({
            "1990-01-01,  600", // would read as 1890
            "1990-01-01,  800",
            "2005-01-01,  499", // would read as 1905
            "1850-01-01,  500", // before 1854
            "2040-01-01,  999", // would read as 1940
            "1990-01-01,   -1",
            "1990-01-01, 1000",
    })
    void syntheticRefusesAnIndividualNumberThatDoesNotFitTheYear(LocalDate birthDate, int individualNumber) {
        assertThrows(IllegalArgumentException.class, () -> NationalId.syntheticOrEmpty(birthDate, individualNumber));
    }

    /** Cross-checks the generator and the parser against a second, deliberately plain, implementation. */
    @Test
    void syntheticNumbersAgreeWithAReferenceImplementation() {
        int made = 0;
        for (LocalDate date = LocalDate.of(1854, 1, 1); date.getYear() < 2040; date = date.plusDays(89)) {
            for (int individual : new int[] {0, 137, 499, 500, 623, 749, 750, 888, 900, 999}) {
                String first9 = String.format(Locale.ROOT, "%02d%02d%02d%03d",
                        date.getDayOfMonth(), date.getMonthValue() + 80, date.getYear() % 100, individual);
                if (referenceCentury(individual, date.getYear() % 100) != date.getYear() / 100 * 100) {
                    continue;
                }
                String expected = referenceWithControlDigits(first9);
                assertEquals(Optional.ofNullable(expected), NationalId.syntheticOrEmpty(date, individual),
                        () -> first9);
                if (expected != null) {
                    assertEquals(date, NationalId.parse(expected).orElseThrow().birthDate());
                    made++;
                }
            }
        }
        assertTrue(made > 1000, "made " + made);
    }

    private static int referenceCentury(int individual, int year) {
        if (individual < 500) {
            return 1900;
        } else if (individual < 750 && year >= 54) {
            return 1800;
        } else if (year < 40) {
            return 2000;
        } else if (individual >= 900) {
            return 1900;
        }
        return -1;
    }

    private static String referenceWithControlDigits(String first9) {
        String weights1 = "376189452";
        String weights2 = "5432765432";
        String number = first9;
        for (String weights : new String[] {weights1, weights2}) {
            int sum = 0;
            for (int i = 0; i < weights.length(); i++) {
                sum += Character.getNumericValue(number.charAt(i)) * Character.getNumericValue(weights.charAt(i));
            }
            int control = (11 - sum % 11) % 11;
            if (control == 10) {
                return null;
            }
            number += control;
        }
        return number;
    }
}
