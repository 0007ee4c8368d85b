package no.treklover.access.logging;

import java.util.regex.Pattern;

/**
 * Replaces anything that could be a fødselsnummer or D-number (11 digits, also written "DDMMYY NNNNN") with
 * asterisks. Deliberately blunter than a check-digit test: a mistyped national id is personal data too.
 */
public final class NationalIdMasking {

    public static final String MASK = "***********";
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<![0-9])[0-9]{6} ?[0-9]{5}(?![0-9])");

    private NationalIdMasking() {
    }

    public static String mask(String text) {
        if (text == null || text.length() < MASK.length()) {
            return text;
        }
        return ELEVEN_DIGITS.matcher(text).replaceAll(MASK);
    }
}
