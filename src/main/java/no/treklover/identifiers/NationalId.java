package no.treklover.identifiers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * A valid Norwegian national id (fødselsnummer), D-number or synthetic test number: DDMMYY, a 3-digit individual
 * number and two mod 11 control digits. {@link #toString()} is masked so the full id does not end up in logs.
 */
public final class NationalId {

    public enum Kind {
        ORDINARY,
        /** Day + 40. */
        D_NUMBER,
        /** Month + 40 (NAV/Dolly) or month + 80 (Skatteetaten/Tenor); a synthetic D-number is SYNTHETIC too. */
        SYNTHETIC
    }

    public static final int LENGTH = 11;
    private static final int[] K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    private static final int D_NUMBER_DAY_OFFSET = 40;
    private static final int DOLLY_MONTH_OFFSET = 40;
    private static final int TENOR_MONTH_OFFSET = 80;
    private static final int NO_CENTURY = -1;

    private final String digits;
    private final LocalDate birthDate;
    private final Kind kind;

    private NationalId(String digits, LocalDate birthDate, Kind kind) {
        this.digits = digits;
        this.birthDate = birthDate;
        this.kind = kind;
    }

    /**
     * Parses and validates; never throws. Surrounding spaces and one space after the birth date
     * ("010190 12345") are allowed.
     */
    /**
     * Whether a search text is most likely a national id (11 digits, perhaps with spaces), valid or not.
     * Such text must not travel in a URL, where access logs, proxies and browser history keep it.
     */
    public static boolean looksLikeOne(String text) {
        if (text == null) {
            return false;
        }
        String digits = text.replace(" ", "");
        return digits.length() == LENGTH && digits.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    public static NationalIdCheck check(String raw) {
        if (raw == null) {
            return new NationalIdCheck.Invalid(NationalIdCheck.Reason.BLANK);
        }
        if (raw.length() > Digits.MAX_INPUT_LENGTH) {
            return new NationalIdCheck.Invalid(NationalIdCheck.Reason.NOT_11_DIGITS);
        }
        String digits = strip(raw);
        if (digits.isEmpty()) {
            return new NationalIdCheck.Invalid(NationalIdCheck.Reason.BLANK);
        }
        if (digits.length() == LENGTH + 1 && Digits.isSpace(digits.charAt(6))) {
            digits = digits.substring(0, 6) + digits.substring(7);
        }
        if (!Digits.isAsciiDigits(digits, LENGTH)) {
            return new NationalIdCheck.Invalid(NationalIdCheck.Reason.NOT_11_DIGITS);
        }
        int day = number(digits, 0, 2);
        int month = number(digits, 2, 4);
        boolean dNumber = day > D_NUMBER_DAY_OFFSET;
        boolean synthetic = month > DOLLY_MONTH_OFFSET;
        if (dNumber) {
            day -= D_NUMBER_DAY_OFFSET;
        }
        if (month > TENOR_MONTH_OFFSET) {
            month -= TENOR_MONTH_OFFSET;
        } else if (synthetic) {
            month -= DOLLY_MONTH_OFFSET;
        }
        int yearInCentury = number(digits, 4, 6);
        int century = century(number(digits, 6, 9), yearInCentury);
        if (century == NO_CENTURY || !isCalendarDate(century + yearInCentury, month, day)) {
            return new NationalIdCheck.Invalid(NationalIdCheck.Reason.INVALID_DATE);
        }
        if (Digits.mod11Control(digits, K1_WEIGHTS) != Digits.valueAt(digits, 9)
                || Digits.mod11Control(digits, K2_WEIGHTS) != Digits.valueAt(digits, 10)) {
            return new NationalIdCheck.Invalid(NationalIdCheck.Reason.INVALID_CONTROL_DIGITS);
        }
        Kind kind = synthetic ? Kind.SYNTHETIC : dNumber ? Kind.D_NUMBER : Kind.ORDINARY;
        LocalDate birthDate = LocalDate.of(century + yearInCentury, month, day);
        return new NationalIdCheck.Valid(new NationalId(digits, birthDate, kind));
    }

    public static Optional<NationalId> parse(String raw) {
        return check(raw) instanceof NationalIdCheck.Valid valid ? Optional.of(valid.nationalId()) : Optional.empty();
    }

    public static boolean isValid(String raw) {
        return check(raw).isValid();
    }

    /**
     * A synthetic test number (month + 80, as Skatteetaten's Tenor makes them) for demo and test data.
     *
     * @throws IllegalArgumentException as {@link #syntheticOrEmpty}, and when a control digit would be 10
     */
    public static String synthetic(LocalDate birthDate, int individualNumber) {
        return syntheticOrEmpty(birthDate, individualNumber).orElseThrow(() -> new IllegalArgumentException(
                "Individual number " + individualNumber + " gives no valid control digits for " + birthDate));
    }

    /**
     * As {@link #synthetic}, but empty when a control digit would be 10; the caller then tries another
     * individual number. Individual numbers 000–499 fit 1900–1999, 500–999 fit 2000–2039, 500–749 fit 1854–1899
     * and 900–999 fit 1940–1999.
     *
     * @throws IllegalArgumentException when the individual number is not 0–999 or does not fit the birth year
     */
    public static Optional<String> syntheticOrEmpty(LocalDate birthDate, int individualNumber) {
        if (birthDate == null || individualNumber < 0 || individualNumber > 999) {
            throw new IllegalArgumentException("Need a birth date and an individual number 0–999");
        }
        int yearInCentury = Math.floorMod(birthDate.getYear(), 100);
        if (century(individualNumber, yearInCentury) + yearInCentury != birthDate.getYear()) {
            throw new IllegalArgumentException(
                    "Individual number " + individualNumber + " does not fit birth year " + birthDate.getYear());
        }
        String first9 = String.format(Locale.ROOT, "%02d%02d%02d%03d", birthDate.getDayOfMonth(),
                birthDate.getMonthValue() + TENOR_MONTH_OFFSET, yearInCentury, individualNumber);
        int k1 = Digits.mod11Control(first9, K1_WEIGHTS);
        if (k1 == 10) {
            return Optional.empty();
        }
        int k2 = Digits.mod11Control(first9 + k1, K2_WEIGHTS);
        return k2 == 10 ? Optional.empty() : Optional.of(first9 + k1 + k2);
    }

    /** The 11 digits, without spaces. */
    public String digits() {
        return digits;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Kind kind() {
        return kind;
    }

    /** The first six digits as written and the rest hidden, e.g. "010190*****". */
    public String masked() {
        return digits.substring(0, 6) + "*****";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NationalId that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }

    /** The century of the birth year, or NO_CENTURY when the individual number is not used for that year. */
    private static int century(int individualNumber, int yearInCentury) {
        if (individualNumber <= 499) {
            return 1900;
        }
        if (individualNumber <= 749 && yearInCentury >= 54) {
            return 1800;
        }
        if (yearInCentury <= 39) {
            return 2000;
        }
        return individualNumber >= 900 ? 1900 : NO_CENTURY;
    }

    private static boolean isCalendarDate(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
    }

    private static String strip(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && Digits.isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && Digits.isSpace(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    private static int number(String digits, int from, int to) {
        return Integer.parseInt(digits, from, to, 10);
    }
}
