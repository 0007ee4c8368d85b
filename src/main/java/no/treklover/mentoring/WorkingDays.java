package no.treklover.mentoring;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Norwegian working days: Monday to Friday, except the public holidays (helligdager): 1 January, Maundy Thursday,
 * Good Friday, Easter Sunday and Monday, 1 May, 17 May, Ascension Day, Whit Sunday and Monday, 25 and 26 December.
 * Pure code; the Easter-based ones come from the Gregorian computus (Meeus/Jones/Butcher).
 */
public final class WorkingDays {

    /** A question unanswered for longer than this many working days is overdue (mentors expect quick answers). */
    public static final int ANSWER_WITHIN_WORKING_DAYS = 2;

    private WorkingDays() {
    }

    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    public static Set<LocalDate> publicHolidays(int year) {
        LocalDate easter = easterSunday(year);
        return new java.util.HashSet<>(java.util.List.of(  // a set: holidays can fall on each other (17 May 2027 is Whit Monday)
                LocalDate.of(year, 1, 1),
                easter.minusDays(3),   // skjærtorsdag
                easter.minusDays(2),   // langfredag
                easter,                // første påskedag
                easter.plusDays(1),    // andre påskedag
                LocalDate.of(year, 5, 1),
                LocalDate.of(year, 5, 17),
                easter.plusDays(39),   // Kristi himmelfartsdag
                easter.plusDays(49),   // første pinsedag
                easter.plusDays(50),   // andre pinsedag
                LocalDate.of(year, 12, 25),
                LocalDate.of(year, 12, 26)));
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY
                && !publicHolidays(day.getYear()).contains(day);
    }

    /** The {@code n}th working day after {@code day} (not counting {@code day} itself). */
    public static LocalDate plusWorkingDays(LocalDate day, int n) {
        LocalDate current = day;
        int left = n;
        while (left > 0) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                left--;
            }
        }
        return current;
    }

    /** The last day a question asked on {@code askedOn} counts as answered in time. */
    public static LocalDate answerDue(LocalDate askedOn) {
        return plusWorkingDays(askedOn, ANSWER_WITHIN_WORKING_DAYS);
    }

    /** Unanswered and older than two working days: today is after the second working day after it was asked. */
    public static boolean overdue(LocalDate askedOn, LocalDate today) {
        return today.isAfter(answerDue(askedOn));
    }
}
