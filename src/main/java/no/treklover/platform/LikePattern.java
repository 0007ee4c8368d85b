package no.treklover.platform;

/** Turns what a user typed into a safe "contains" pattern for SQL LIKE (backslash is the escape). */
public final class LikePattern {

    private LikePattern() {
    }

    /** Lower-cased, with \ % _ escaped and wrapped in %; empty input gives "" (no filter). */
    public static String contains(String input) {
        if (input == null || input.isBlank()) {
            return "";
        }
        String escaped = input.strip().toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
