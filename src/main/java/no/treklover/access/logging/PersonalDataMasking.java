package no.treklover.access.logging;

import java.util.regex.Pattern;

/**
 * Removes what identifies a person from log text: anything that could be a fødselsnummer or D-number (11 digits,
 * also written "DDMMYY NNNNN"), e-mail addresses, and the values PostgreSQL quotes in constraint errors
 * ("Key (national_id)=(…) already exists"). Deliberately blunter than a check-digit test: a mistyped national id
 * is personal data too. Names cannot be recognised, so code never writes them to the log.
 */
public final class PersonalDataMasking {

    public static final String MASK = "***********";
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<![0-9])[0-9]{6} ?[0-9]{5}(?![0-9])");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    private static final Pattern CONSTRAINT_VALUES = Pattern.compile("(Key \\([^)]*\\))=\\((?:[^()]|\\([^()]*\\))*\\)");

    private PersonalDataMasking() {
    }

    public static String mask(String text) {
        if (text == null || text.length() < 5) {
            return text;
        }
        String masked = CONSTRAINT_VALUES.matcher(text).replaceAll("$1=(" + MASK + ")");
        masked = EMAIL.matcher(masked).replaceAll(MASK);
        return ELEVEN_DIGITS.matcher(masked).replaceAll(MASK);
    }
}
