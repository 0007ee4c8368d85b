package no.treklover.identifiers;

/**
 * KID (kundeidentifikasjon) on Norwegian payments: 2 to 25 characters whose last one is a mod 10 (Luhn) or a
 * mod 11 control. The payee's agreement decides which; without knowing it, either is accepted.
 */
public final class Kid {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 25;

    private Kid() {
    }

    /** True for a KID whose control is correct by mod 10 or mod 11; spaces are allowed. */
    public static boolean isValid(String raw) {
        if (raw == null || raw.length() > Digits.MAX_INPUT_LENGTH) {
            return false;
        }
        String kid = normalise(raw);
        if (kid.length() < MIN_LENGTH || kid.length() > MAX_LENGTH) {
            return false;
        }
        String payload = kid.substring(0, kid.length() - 1);
        char control = kid.charAt(kid.length() - 1);
        if (!Digits.isAsciiDigits(payload)) {
            return false;
        }
        return control == mod11Control(payload) || control == mod10Control(payload);
    }

    /** Removes spaces; does not validate. Null stays null. */
    public static String normalise(String raw) {
        return Digits.withoutSeparators(raw, "");
    }

    /** Luhn: from the right, every other digit (starting next to the control) is doubled, digit sums added. */
    static char mod10Control(String payload) {
        int sum = 0;
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int value = Digits.valueAt(payload, i);
            if (doubled) {
                value *= 2;
                if (value > 9) {
                    value -= 9;
                }
            }
            sum += value;
            doubled = !doubled;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** Weights 2, 3, 4, 5, 6, 7 repeat from the right; a control of 10 is written '-'. */
    static char mod11Control(String payload) {
        int sum = 0;
        for (int i = payload.length() - 1, weight = 2; i >= 0; i--, weight = weight == 7 ? 2 : weight + 1) {
            sum += Digits.valueAt(payload, i) * weight;
        }
        int control = 11 - sum % 11;
        if (control == 11) {
            return '0';
        }
        return control == 10 ? '-' : (char) ('0' + control);
    }
}
