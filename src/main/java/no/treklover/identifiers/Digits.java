package no.treklover.identifiers;

/** Small helpers shared by the identifier checks. Only ASCII digits count as digits. */
final class Digits {

    /** Anything longer than this is rejected before it is copied or scanned further. */
    static final int MAX_INPUT_LENGTH = 64;

    private Digits() {
    }

    static boolean isAsciiDigits(String value, int length) {
        return value != null && value.length() == length && isAsciiDigits(value);
    }

    static boolean isAsciiDigits(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!isAsciiDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Character.isDigit would also accept e.g. Arabic-Indic and full-width digits. */
    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static int valueAt(String digits, int index) {
        return digits.charAt(index) - '0';
    }

    /** Includes no-break spaces, which Character.isWhitespace does not, as they arrive when text is pasted. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Removes every space, and every character in {@code separators}; null stays null. */
    static String withoutSeparators(String raw, String separators) {
        if (raw == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(Math.min(raw.length(), MAX_INPUT_LENGTH));
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!isSpace(c) && separators.indexOf(c) < 0) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /**
     * Mod 11 control value for {@code digits}, where {@code weights[i]} applies to {@code digits.charAt(i)}:
     * 11 - (weighted sum mod 11), with 11 folded to 0. A result of 10 means no single digit can be the control.
     */
    static int mod11Control(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += valueAt(digits, i) * weights[i];
        }
        int control = 11 - sum % 11;
        return control == 11 ? 0 : control;
    }
}
