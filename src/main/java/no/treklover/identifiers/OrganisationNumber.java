package no.treklover.identifiers;

import java.util.Optional;

/** Norwegian organisation number (organisasjonsnummer): 8 digits and a mod 11 control digit. */
public final class OrganisationNumber {

    public static final int LENGTH = 9;
    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private OrganisationNumber() {
    }

    /** True for 9 digits with a correct control digit; spaces such as "974 760 673" are allowed. */
    public static boolean isValid(String raw) {
        if (raw == null || raw.length() > Digits.MAX_INPUT_LENGTH) {
            return false;
        }
        String digits = normalise(raw);
        return Digits.isAsciiDigits(digits, LENGTH)
                && Digits.mod11Control(digits, WEIGHTS) == Digits.valueAt(digits, LENGTH - 1);
    }

    /** Removes spaces ("974 760 673" becomes "974760673"); does not validate. Null stays null. */
    public static String normalise(String raw) {
        return Digits.withoutSeparators(raw, "");
    }

    /**
     * Appends the control digit to 8 digits, for demo data. Empty when the control would be 10: no organisation
     * number starts with those 8 digits, so try others.
     *
     * @throws IllegalArgumentException unless {@code first8} is exactly 8 digits
     */
    public static Optional<String> withControlDigit(String first8) {
        if (!Digits.isAsciiDigits(first8, LENGTH - 1)) {
            throw new IllegalArgumentException("Expected 8 digits");
        }
        int control = Digits.mod11Control(first8, WEIGHTS);
        return control == 10 ? Optional.empty() : Optional.of(first8 + control);
    }

    /** Nine digits as written in Norway, in groups of three ("974 760 673"); anything else as it is. */
    public static String display(String digits) {
        if (digits == null || !digits.matches("[0-9]{9}")) {
            return digits;
        }
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }
}
