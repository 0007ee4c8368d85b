package no.treklover.learning;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import no.treklover.identifiers.IdentifierDetector;

/**
 * Builds the anonymised copy of a process for an experience exchange (issue 14), as pure code. What the copy keeps is
 * chosen, never copied wholesale: the candidate's age as a decade (not her birth date), the employer's industry (not
 * its name or number), the phase, how long the process has lasted in months, the measures' types and the outcome.
 * Every free text of the process (goals, notes, next action, the mentor's role) and every name, national id, number,
 * address, phone and e-mail is left behind; the counsellor writes the story herself, and {@link #problems} refuses a
 * text that still holds an identifier or one of the names of the process.
 */
final class CaseAnonymiser {

    /** What the process is: its facts, and the identifying texts that must never reach the copy. */
    record Facts(LocalDate birthDate, Integer birthYear, String phase, LocalDate startDate, LocalDate createdOn,
            LocalDate endDate, String employerIndustry, List<String> measureTypes, String outcome,
            List<String> identifying) {
    }

    /** The anonymised copy's content before the counsellor edits it. */
    record Draft(Integer ageDecade, String industry, String phase, Integer durationMonths, String measures,
            String outcome) {
    }

    private CaseAnonymiser() {
    }

    static Draft anonymise(Facts facts, LocalDate today) {
        return new Draft(ageDecade(facts, today), industry(facts), facts.phase(), durationMonths(facts, today),
                facts.measureTypes() == null || facts.measureTypes().isEmpty() ? null
                        : String.join(",", facts.measureTypes().stream().distinct().sorted().toList()),
                facts.outcome());
    }

    /** Her age as a decade: 34 gives 30 (shown "30–39 år"); only the year when the birth date is gone. */
    static Integer ageDecade(Facts facts, LocalDate today) {
        Integer age = facts.birthDate() != null ? Integer.valueOf(Period.between(facts.birthDate(), today).getYears())
                : facts.birthYear() != null ? Integer.valueOf(today.getYear() - facts.birthYear()) : null;
        if (age == null) {
            return null;
        }
        return Math.max(10, Math.min(90, age / 10 * 10));
    }

    /**
     * The employer's industry in lower case ("varehandel"), so the case says "en arbeidsgiver i varehandel"; none
     * when the register's text holds an identifier or a name of the process (a sole proprietorship's name may be a
     * person's).
     */
    static String industry(Facts facts) {
        String industry = facts.employerIndustry();
        if (industry == null || industry.isBlank()) {
            return null;
        }
        String lower = industry.strip().toLowerCase(Locale.ROOT);
        return problems(lower, facts.identifying()).isEmpty() ? lower : null;
    }

    /** Whole months from the start (or from when the process was made) to its end or today. */
    static Integer durationMonths(Facts facts, LocalDate today) {
        LocalDate from = facts.startDate() != null ? facts.startDate() : facts.createdOn();
        if (from == null) {
            return null;
        }
        LocalDate to = facts.endDate() != null && facts.endDate().isBefore(today) ? facts.endDate() : today;
        return (int) Math.max(0, ChronoUnit.MONTHS.between(from, to));
    }

    /** What a reviewed text still gives away: each identifier's kind, and NAME for a name or value of the process. */
    static List<String> problems(String text, List<String> identifying) {
        List<String> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return problems;
        }
        IdentifierDetector.find(text).forEach(f -> problems.add(f.kind().name()));
        String lower = text.toLowerCase(Locale.ROOT);
        if (identifying != null && identifying.stream().filter(Objects::nonNull).map(String::strip)
                .filter(v -> v.length() >= 3).anyMatch(v -> containsWord(lower, v.toLowerCase(Locale.ROOT)))) {
            problems.add("NAME");
        }
        return problems;
    }

    /** Whether {@code value} occurs in {@code text} as a whole word (so "Ola" is not found in "Olav"). */
    private static boolean containsWord(String text, String value) {
        int at = text.indexOf(value);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + value.length();
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            at = text.indexOf(value, at + 1);
        }
        return false;
    }
}
