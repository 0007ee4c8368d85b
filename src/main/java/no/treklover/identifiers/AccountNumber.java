package no.treklover.identifiers;

/** Norwegian bank account number (kontonummer): 10 digits and a mod 11 control digit. */
public final class AccountNumber {

    public static final int LENGTH = 11;
    private static final int[] WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private AccountNumber() {
    }

    /** True for 11 digits with a correct control digit; dots and spaces such as "1234.56.78903" are allowed. */
    public static boolean isValid(String raw) {
        if (raw == null || raw.length() > Digits.MAX_INPUT_LENGTH) {
            return false;
        }
        String digits = normalise(raw);
        return Digits.isAsciiDigits(digits, LENGTH)
                && Digits.mod11Control(digits, WEIGHTS) == Digits.valueAt(digits, LENGTH - 1);
    }

    /** Removes dots and spaces ("1234.56.78903" becomes "12345678903"); does not validate. Null stays null. */
    public static String normalise(String raw) {
        return Digits.withoutSeparators(raw, ".");
    }
}
