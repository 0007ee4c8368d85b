package no.treklover.employer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the register list asks for: a search text (name words or organisation number), the filters and the sort, and
 * the page. Built from request parameters by the page and the API; unknown codes are dropped rather than refused in
 * the page, and refused with a 400 naming the parameter in the API ({@link #violations()}).
 */
public record EmployerFilter(String search, NaceSection industry, String municipality, String county,
        SizeBand sizeBand, boolean iaAgreement, boolean mentorsAvailable, boolean mine, boolean includeDeleted,
        Sort sort, int page, int size) {

    /** The most words of a name search that count; more narrow nothing a user would type. */
    static final int MAX_TERMS = 5;

    public enum Sort { NAME, SIZE, MUNICIPALITY }

    /** Employee counts as bands (the register gives a number, or "under 5"). */
    public enum SizeBand {
        UNDER_5("(e.employees_under_five or e.employee_count < 5)"),
        FROM_5_TO_19("e.employee_count between 5 and 19"),
        FROM_20_TO_49("e.employee_count between 20 and 49"),
        FROM_50_TO_249("e.employee_count between 50 and 249"),
        FROM_250("e.employee_count >= 250");

        final String sql;

        SizeBand(String sql) {
            this.sql = sql;
        }
    }

    /** The 21 sections of NACE (SN2007), each a range of two-digit divisions of the register's industry code. */
    public enum NaceSection {
        A(1, 3), B(5, 9), C(10, 33), D(35, 35), E(36, 39), F(41, 43), G(45, 47), H(49, 53), I(55, 56), J(58, 63),
        K(64, 66), L(68, 68), M(69, 75), N(77, 82), O(84, 84), P(85, 85), Q(86, 88), R(90, 93), S(94, 96),
        T(97, 98), U(99, 99);

        final int firstDivision;
        final int lastDivision;

        NaceSection(int firstDivision, int lastDivision) {
            this.firstDivision = firstDivision;
            this.lastDivision = lastDivision;
        }

        /** The codes from this section's first division up to, not including, the division after its last. */
        String from() {
            return String.format(Locale.ROOT, "%02d", firstDivision);
        }

        String until() {
            return String.format(Locale.ROOT, "%02d", lastDivision + 1);
        }
    }

    /** County numbers (fylkesnummer, from 2024): the first two digits of a municipality number. */
    public static final List<String> COUNTIES = List.of("03", "11", "15", "18", "31", "32", "33", "34", "39", "40",
            "42", "46", "50", "55", "56");

    public EmployerFilter {
        search = search == null ? "" : search.strip();
        sort = sort == null ? Sort.NAME : sort;
    }

    /** The search as organisation number digits when it is one (at least three digits and nothing else), else null. */
    String orgNumberDigits() {
        String digits = search.replace(" ", "");
        return digits.length() >= 3 && digits.chars().allMatch(Character::isDigit) ? digits : null;
    }

    /** The words of a name search (letters and digits), at most {@link #MAX_TERMS}. */
    List<String> nameTerms() {
        if (search.isEmpty() || orgNumberDigits() != null) {
            return List.of();
        }
        return Arrays.stream(search.split("[^\\p{L}\\p{N}]+")).filter(term -> !term.isEmpty()).limit(MAX_TERMS)
                .toList();
    }

    public boolean filtered() {
        return !search.isEmpty() || industry != null || municipality != null || county != null || sizeBand != null
                || iaAgreement || mentorsAvailable || mine || includeDeleted;
    }

    static String validMunicipality(String number) {
        return number != null && number.strip().matches("[0-9]{4}") ? number.strip() : null;
    }

    static String validCounty(String number) {
        return number != null && COUNTIES.contains(number.strip()) ? number.strip() : null;
    }
}
