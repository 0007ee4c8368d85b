package no.treklover.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import no.treklover.identifiers.IdentifierDetector.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The detector finds every kind of identifier inside ordinary sentences, and nothing in dates and amounts. */
public class IdentifierDetectorTest {

    private static final int[] K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    private static final int[] ACCOUNT = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    /**
     * A valid national id born on {@code birth6} (DDMMYY; day + 40 for a D-number) with the first individual number
     * from 100 that gives valid control digits.
     */
    public static String nationalId(String birth6) {
        for (int individual = 100; individual < 500; individual++) {
            String nine = birth6 + individual;
            int k1 = control(nine, K1);
            if (k1 == 10) {
                continue;
            }
            int k2 = control(nine + k1, K2);
            if (k2 != 10) {
                return nine + k1 + k2;
            }
        }
        throw new IllegalStateException(birth6);
    }

    static String accountNumber(String first10) {
        int c = control(first10, ACCOUNT);
        if (c == 10) {
            throw new IllegalArgumentException(first10);
        }
        return first10 + c;
    }

    private static int control(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int c = 11 - sum % 11;
        return c == 11 ? 0 : c;
    }

    static final String ORDINARY = nationalId("150285");
    static final String D_NUMBER = nationalId("550285");
    static final String SYNTHETIC = NationalId.synthetic(java.time.LocalDate.of(1991, 3, 4), 123);
    static final String ORG = OrganisationNumber.withControlDigit("31234567").orElseGet(
            () -> OrganisationNumber.withControlDigit("31234568").orElseThrow());
    static final String ACCOUNT_NO = accountNumber("1234567890");

    static Stream<Arguments> identifiersInText() {
        String spacedId = ORDINARY.substring(0, 6) + " " + ORDINARY.substring(6);
        String dottedAccount = ACCOUNT_NO.substring(0, 4) + "." + ACCOUNT_NO.substring(4, 6) + "."
                + ACCOUNT_NO.substring(6);
        String spacedOrg = ORG.substring(0, 3) + " " + ORG.substring(3, 6) + " " + ORG.substring(6);
        return Stream.of(
                Arguments.of("Fødselsnummer " + ORDINARY + " står i saken.", Kind.NATIONAL_ID, ORDINARY),
                Arguments.of("fnr:" + spacedId + ", ring henne", Kind.NATIONAL_ID, spacedId),
                Arguments.of("D-nummer " + D_NUMBER + ".", Kind.NATIONAL_ID, D_NUMBER),
                Arguments.of("testnummer(" + SYNTHETIC + ")", Kind.NATIONAL_ID, SYNTHETIC),
                Arguments.of("Kontonr " + ACCOUNT_NO + " for tilskuddet", Kind.ACCOUNT_NUMBER, ACCOUNT_NO),
                Arguments.of("Konto " + dottedAccount + ".", Kind.ACCOUNT_NUMBER, dottedAccount),
                Arguments.of("Bedriften (orgnr " + ORG + ") ble med", Kind.ORGANISATION_NUMBER, ORG),
                Arguments.of("Org.nr. " + spacedOrg + " i Oslo", Kind.ORGANISATION_NUMBER, spacedOrg),
                Arguments.of("Ring 41200001 i morgen", Kind.PHONE_NUMBER, "41200001"),
                Arguments.of("Mobil 412 00 001.", Kind.PHONE_NUMBER, "412 00 001"),
                Arguments.of("tlf. 41 20 00 01", Kind.PHONE_NUMBER, "41 20 00 01"),
                Arguments.of("Nummeret er +47 934 56 789", Kind.PHONE_NUMBER, "+47 934 56 789"),
                Arguments.of("ring +4793456789!", Kind.PHONE_NUMBER, "+4793456789"),
                Arguments.of("eller 0047 93456789", Kind.PHONE_NUMBER, "0047 93456789"),
                Arguments.of("sentralbord 2233 4455", Kind.PHONE_NUMBER, "2233 4455"),
                Arguments.of("Ring 41200001 01.02.2026 om møtet", Kind.PHONE_NUMBER, "41200001"),
                Arguments.of("Send til kari.nordmann@bakeri-solsiden.no i dag", Kind.EMAIL,
                        "kari.nordmann@bakeri-solsiden.no"),
                Arguments.of("E-post: Øyvind.Ås+nav@nav.no.", Kind.EMAIL, "Øyvind.Ås+nav@nav.no"));
    }

    @ParameterizedTest
    @MethodSource("identifiersInText")
    void findsTheIdentifierInsideASentence(String text, Kind kind, String identifier) {
        List<IdentifierDetector.Finding> found = IdentifierDetector.find(text);
        assertThat(found).extracting(IdentifierDetector.Finding::kind, IdentifierDetector.Finding::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(kind, identifier));
        String replaced = IdentifierDetector.replaceAll(text, k -> "[" + k + "]");
        assertThat(replaced).doesNotContain(identifier).contains("[" + kind + "]");
        assertThat(IdentifierDetector.containsAny(replaced)).isFalse();
    }

    /** One digit changed makes each control fail: no finding (an 11-digit number is no phone number). */
    @ParameterizedTest
    @MethodSource("wrongChecksums")
    void aWrongControlDigitIsNoIdentifier(String number) {
        assertThat(IdentifierDetector.find("nummer " + number + " her")).isEmpty();
    }

    static Stream<String> wrongChecksums() {
        return Stream.of(ORDINARY, D_NUMBER, SYNTHETIC, ACCOUNT_NO, ORG).map(IdentifierDetectorTest::lastDigitOff)
                .filter(n -> !NationalId.isValid(n) && !AccountNumber.isValid(n) && !OrganisationNumber.isValid(n));
    }

    private static String lastDigitOff(String number) {
        char last = number.charAt(number.length() - 1);
        return number.substring(0, number.length() - 1) + (char) (last == '9' ? '0' : last + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Møtet er 01.02.2026 kl. 10.00.",
        "Fra 1.2.2026 til 31.12.2026",
        "Startdato 2026-02-01, sluttdato 2027-01-31",
        "Tilskuddet er 12 500 kr i måneden, 150 000 kr i året.",
        "Omsetningen var 12 500 000 kroner.",
        "Lønn 1 234 567,50 kr",
        "Hun jobber 20 timer i uka fra 08.00 til 12.00, 15.03.26 var første dag.",
        "Kandidatnummer 12345, rom 101 og 2026",
        "Prosjektet varte 36 måneder og hadde 4 samlinger",
        "Telefonen hans er ukjent; e-post mangler (@ brukes ikke her)",
        "Beløpet 123 456 kr ble utbetalt 2026",
        "Avtalen har nummer 1234567890123456"})
    void datesAmountsAndOrdinaryNumbersAreNotIdentifiers(String text) {
        assertThat(IdentifierDetector.find(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void severalIdentifiersAreAllFoundAndReplacedInOrder() {
        String text = "Kari (" + ORDINARY + ") ringte 412 00 001 og skrev til kari@nav.no om konto " + ACCOUNT_NO
                + " hos " + ORG + ".";
        assertThat(IdentifierDetector.find(text)).extracting(IdentifierDetector.Finding::kind).containsExactly(
                Kind.NATIONAL_ID, Kind.PHONE_NUMBER, Kind.EMAIL, Kind.ACCOUNT_NUMBER, Kind.ORGANISATION_NUMBER);
        String replaced = IdentifierDetector.replaceAll(text, k -> "[fjernet]");
        assertThat(replaced).isEqualTo("Kari ([fjernet]) ringte [fjernet] og skrev til [fjernet] om konto [fjernet]"
                + " hos [fjernet].");
        assertThat(IdentifierDetector.replaceAll(null, k -> "x")).isNull();
        assertThat(IdentifierDetector.find(null)).isEmpty();
    }
}
