package no.treklover.identifiers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds identifiers in free text (issue 14: anonymised cases): national ids and D-numbers and account numbers (11
 * digits, each with its control digits), organisation numbers (9 digits, mod 11), Norwegian phone numbers (8 digits
 * starting 2–9, written whole or grouped as people write them, with or without +47/0047) and e-mail addresses. Digits
 * may be grouped by single spaces, no-break spaces or dots, so "010190 12345", "1234.56.78903" and "412 00 001" are
 * found inside sentences. Dates (dot-separated day.month.year) and amounts grouped in thousands ("12 500 000") are not
 * phone numbers; a run of digit groups is tried whole and in every part, so a phone number right before a date is still
 * found. Pure: no Spring, no state.
 */
public final class IdentifierDetector {

    public enum Kind { NATIONAL_ID, ACCOUNT_NUMBER, ORGANISATION_NUMBER, PHONE_NUMBER, EMAIL }

    /** One identifier found: its kind and where it is ({@code start} inclusive, {@code end} exclusive). */
    public record Finding(Kind kind, int start, int end, String text) {
    }

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)*\\.\\p{L}{2,}");
    /** Digit groups joined by one separator each; a leading + (for +47) is part of the run. */
    private static final Pattern RUN = Pattern.compile("\\+?\\d+(?:[ .\\u00A0\\u202F]\\d+)*");
    /** A run longer than this many groups is cut into windows (nobody writes an identifier in more groups). */
    private static final int MAX_GROUPS = 6;

    private IdentifierDetector() {
    }

    /** Every identifier in the text, in order, none overlapping another (the longer one wins). */
    public static List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        Matcher mail = EMAIL.matcher(text);
        while (mail.find()) {
            found.add(new Finding(Kind.EMAIL, mail.start(), mail.end(), mail.group()));
        }
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            if (overlaps(found, run.start(), run.end()) && insideEmail(found, run.start(), run.end())) {
                continue;
            }
            numbersIn(text, run.start(), run.end(), found);
        }
        found.sort(Comparator.comparingInt(Finding::start));
        return found;
    }

    public static boolean containsAny(String text) {
        return !find(text).isEmpty();
    }

    /** The text with each identifier replaced by {@code replacement} of its kind. */
    public static String replaceAll(String text, Function<Kind, String> replacement) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Finding f : find(text)) {
            out.append(text, at, f.start()).append(replacement.apply(f.kind()));
            at = f.end();
        }
        return out.append(text.substring(at)).toString();
    }

    private record Group(int start, int end, char separatorBefore) {
    }

    private static void numbersIn(String text, int start, int end, List<Finding> found) {
        List<Group> groups = new ArrayList<>();
        int i = start;
        char separator = 0;
        while (i < end) {
            int groupStart = i;
            if (text.charAt(i) == '+') {
                i++;
            }
            while (i < end && Character.isDigit(text.charAt(i))) {
                i++;
            }
            groups.add(new Group(groupStart, i, separator));
            if (i < end) {
                separator = text.charAt(i);
                i++;
            }
        }
        // longest windows first, so a whole identifier wins over a part of it
        for (int length = Math.min(groups.size(), MAX_GROUPS); length >= 1; length--) {
            for (int from = 0; from + length <= groups.size(); from++) {
                List<Group> window = groups.subList(from, from + length);
                int s = window.get(0).start();
                int e = window.get(length - 1).end();
                if (overlaps(found, s, e)) {
                    continue;
                }
                Kind kind = classify(text, window);
                if (kind != null) {
                    found.add(new Finding(kind, s, e, text.substring(s, e)));
                }
            }
        }
    }

    private static Kind classify(String text, List<Group> window) {
        StringBuilder digits = new StringBuilder();
        List<Integer> sizes = new ArrayList<>();
        boolean dots = false;
        boolean plus = false;
        for (int g = 0; g < window.size(); g++) {
            Group group = window.get(g);
            String part = text.substring(group.start(), group.end());
            if (part.startsWith("+")) {
                if (g > 0) {
                    return null;
                }
                plus = true;
                part = part.substring(1);
            }
            if (g > 0 && window.get(g).separatorBefore() == '.') {
                dots = true;
            }
            digits.append(part);
            sizes.add(part.length());
        }
        if (digits.length() > 14 || !Digits.isAsciiDigits(digits.toString())) {
            return null;
        }
        if (dots && looksLikeDate(sizes)) {
            return null;
        }
        String d = digits.toString();
        if (d.length() == 11) {
            if (NationalId.isValid(d)) {
                return Kind.NATIONAL_ID;
            }
            if (AccountNumber.isValid(d)) {
                return Kind.ACCOUNT_NUMBER;
            }
        }
        if (d.length() == 9 && !plus && OrganisationNumber.isValid(d)) {
            return Kind.ORGANISATION_NUMBER;
        }
        if (!dots && isPhone(d, sizes, plus)) {
            return Kind.PHONE_NUMBER;
        }
        return null;
    }

    /** day.month.year (or day.month): 1–2, 1–2 and 2 or 4 digits. */
    private static boolean looksLikeDate(List<Integer> sizes) {
        return (sizes.size() == 3 && sizes.get(0) <= 2 && sizes.get(1) <= 2
                && (sizes.get(2) == 4 || sizes.get(2) == 2))
                || (sizes.size() == 2 && sizes.get(0) <= 2 && sizes.get(1) <= 2);
    }

    /**
     * A Norwegian phone number: 8 digits starting 2–9, written whole or as 3-2-3, 2-2-2-2 or 4-4 (never grouped in
     * thousands like an amount, 2-3-3); with a country code (+47, 0047 or 47 as its own group) in front too.
     */
    private static boolean isPhone(String digits, List<Integer> sizes, boolean plus) {
        List<Integer> rest = sizes;
        String number = digits;
        if (plus || (digits.length() == 12 && digits.startsWith("0047")) || (digits.length() == 10
                && sizes.size() > 1 && sizes.get(0) == 2 && digits.startsWith("47"))) {
            String prefix = plus ? "47" : digits.startsWith("0047") ? "0047" : "47";
            if (!digits.startsWith(prefix) || digits.length() != prefix.length() + 8) {
                return false;
            }
            number = digits.substring(prefix.length());
            if (sizes.get(0) == prefix.length()) {
                rest = sizes.subList(1, sizes.size());
            } else if (sizes.size() == 1) {
                rest = List.of(8);
            } else {
                return false;
            }
            return number.charAt(0) >= '2' && number.charAt(0) <= '9' && phoneGrouping(rest);
        }
        return number.length() == 8 && number.charAt(0) >= '2' && number.charAt(0) <= '9' && phoneGrouping(rest);
    }

    private static boolean phoneGrouping(List<Integer> sizes) {
        return sizes.equals(List.of(8)) || sizes.equals(List.of(3, 2, 3)) || sizes.equals(List.of(2, 2, 2, 2))
                || sizes.equals(List.of(4, 4));
    }

    private static boolean overlaps(List<Finding> found, int start, int end) {
        return found.stream().anyMatch(f -> f.start() < end && start < f.end());
    }

    private static boolean insideEmail(List<Finding> found, int start, int end) {
        return found.stream().anyMatch(f -> f.kind() == Kind.EMAIL && f.start() <= start && end <= f.end());
    }
}
