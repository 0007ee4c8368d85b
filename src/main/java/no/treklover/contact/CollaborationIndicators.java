package no.treklover.contact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The collaboration-quality indicators of the baseline survey (000:1290–1345: kontakthyppighet, kontaktintensitet,
 * kontaktform) computed from the contact log, per counterpart. Pure code, no Spring, table-tested.
 *
 * <h2>Window</h2>
 * Frequency, intensity and the mix of forms look at the <b>last 12 weeks</b> (84 days up to and including
 * {@code asOf}), or at the days since the process started when that is shorter. A window shorter than 4 weeks
 * counts as 4 weeks, so a process a few days old with one call is "monthly", not "weekly". A "month" is
 * 4 weeks (28 days) throughout.
 *
 * <h2>Frequency bands</h2>
 * With {@code r} = contacts in the window × 28 / window days (contacts per 4 weeks):
 * <ul>
 *   <li>{@link FrequencyBand#WEEKLY}: r ≥ 4</li>
 *   <li>{@link FrequencyBand#TWO_TO_THREE_A_MONTH}: 2 ≤ r &lt; 4</li>
 *   <li>{@link FrequencyBand#MONTHLY}: 1 ≤ r &lt; 2</li>
 *   <li>{@link FrequencyBand#LESS_OFTEN}: 0 &lt; r &lt; 1, or no contact in the window but some before it</li>
 *   <li>{@link FrequencyBand#NEVER}: no contact with this counterpart at all (up to {@code asOf})</li>
 * </ul>
 * Compared in whole numbers (contacts × 28 against band × window days), so no rounding decides a band.
 *
 * <h2>Intensity</h2>
 * Minutes per 4 weeks (the logged durations in the window × 28 / window days, rounded half up; contacts without a
 * duration add nothing and are counted apart), and the share of contacts in person (meeting at the workplace or
 * at the office) in whole percent. The survey's own intensity question, whether contact was mostly at the
 * beginning, evenly spread or mostly at the end, is {@link ContactSpread}: the whole process from its start to
 * {@code asOf} is cut in three equal parts by day; more than half of the contacts in the first part is
 * {@code MOSTLY_EARLY}, in the last part {@code MOSTLY_LATE}, otherwise {@code EVEN}; fewer than 3 contacts or a
 * process shorter than 4 weeks is {@code TOO_FEW}.
 *
 * <h2>Mix of forms</h2>
 * The number of contacts in the window per {@link ContactForm}.
 */
public final class CollaborationIndicators {

    /** The window: 12 weeks. */
    public static final int WINDOW_DAYS = 84;
    /** A month in these indicators: 4 weeks. */
    public static final int MONTH_DAYS = 28;
    /** A window shorter than this counts as this long. */
    public static final int MIN_WINDOW_DAYS = 28;
    /** Contacts needed before the spread over the process says anything. */
    public static final int MIN_CONTACTS_FOR_SPREAD = 3;

    private CollaborationIndicators() {
    }

    /** One logged contact as the indicators need it: whom, how, which day (Oslo), how long (null: not logged). */
    public record ContactFact(Counterpart counterpart, ContactForm form, LocalDate day, Integer durationMinutes) {

        public ContactFact {
            Objects.requireNonNull(counterpart);
            Objects.requireNonNull(form);
            Objects.requireNonNull(day);
        }
    }

    /**
     * The indicators of one counterpart. {@code contactsPer4Weeks} is cut (not rounded) to one decimal, so the
     * number shown never reaches a band's threshold that the count does not.
     */
    public record CounterpartQuality(Counterpart counterpart, FrequencyBand band, int contactsInWindow,
            int contactsInProcess, BigDecimal contactsPer4Weeks, int minutesPer4Weeks, int contactsWithoutDuration,
            Integer inPersonPercent, Map<ContactForm, Integer> formMix, ContactSpread spread) {

        /** The forms in the mix that were used, most used first (ties in the enum's order). */
        public List<Map.Entry<ContactForm, Integer>> usedForms() {
            List<Map.Entry<ContactForm, Integer>> used = new ArrayList<>(formMix.entrySet().stream()
                    .filter(e -> e.getValue() > 0).toList());
            used.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
            return used;
        }
    }

    /** The indicators of a process: the window they looked at, and one entry per counterpart in enum order. */
    public record Result(LocalDate windowStart, LocalDate windowEnd, int windowDays, List<CounterpartQuality> counterparts) {

        public CounterpartQuality of(Counterpart counterpart) {
            return counterparts.stream().filter(q -> q.counterpart() == counterpart).findFirst().orElseThrow();
        }
    }

    /**
     * @param contacts the process's contacts (any order; those after {@code asOf} are ignored)
     * @param processStart the day the process started (created)
     * @param asOf the last day counted: today while the process runs, its last day after it ended
     */
    public static Result compute(List<ContactFact> contacts, LocalDate processStart, LocalDate asOf) {
        LocalDate start = processStart.isAfter(asOf) ? asOf : processStart;
        LocalDate windowStart = windowStart(processStart, asOf);
        int windowDays = windowDays(windowStart, asOf);
        List<CounterpartQuality> result = new ArrayList<>();
        for (Counterpart counterpart : Counterpart.values()) {
            List<ContactFact> all = contacts.stream()
                    .filter(c -> c.counterpart() == counterpart && !c.day().isAfter(asOf)).toList();
            LocalDate from = windowStart;
            List<ContactFact> inWindow = all.stream().filter(c -> !c.day().isBefore(from)).toList();
            result.add(counterpart(counterpart, all, inWindow, windowDays, start, asOf));
        }
        return new Result(windowStart, asOf, windowDays, List.copyOf(result));
    }

    private static CounterpartQuality counterpart(Counterpart counterpart, List<ContactFact> all,
            List<ContactFact> inWindow, int windowDays, LocalDate start, LocalDate asOf) {
        int count = inWindow.size();
        Map<ContactForm, Integer> mix = new EnumMap<>(ContactForm.class);
        for (ContactForm form : ContactForm.values()) {
            mix.put(form, 0);
        }
        int minutes = 0;
        int withoutDuration = 0;
        int inPerson = 0;
        for (ContactFact c : inWindow) {
            mix.merge(c.form(), 1, Integer::sum);
            if (c.durationMinutes() == null) {
                withoutDuration++;
            } else {
                minutes += c.durationMinutes();
            }
            if (c.form().inPerson()) {
                inPerson++;
            }
        }
        BigDecimal perFourWeeks = BigDecimal.valueOf((long) count * MONTH_DAYS)
                .divide(BigDecimal.valueOf(windowDays), 1, RoundingMode.DOWN);
        int minutesPerFourWeeks = BigDecimal.valueOf((long) minutes * MONTH_DAYS)
                .divide(BigDecimal.valueOf(windowDays), 0, RoundingMode.HALF_UP).intValueExact();
        Integer inPersonPercent = count == 0 ? null
                : BigDecimal.valueOf(100L * inPerson).divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP)
                        .intValueExact();
        return new CounterpartQuality(counterpart, band(count, all.size(), windowDays), count, all.size(),
                perFourWeeks, minutesPerFourWeeks, withoutDuration, inPersonPercent,
                Collections.unmodifiableMap(mix), spread(all, start, asOf));
    }

    /** The window's first day: 12 weeks before {@code asOf}, or the process's start when later. */
    public static LocalDate windowStart(LocalDate processStart, LocalDate asOf) {
        LocalDate start = processStart.isAfter(asOf) ? asOf : processStart;
        LocalDate windowStart = asOf.minusDays(WINDOW_DAYS - 1L);
        return windowStart.isBefore(start) ? start : windowStart;
    }

    private static int windowDays(LocalDate windowStart, LocalDate asOf) {
        return Math.max(MIN_WINDOW_DAYS, (int) ChronoUnit.DAYS.between(windowStart, asOf) + 1);
    }

    /**
     * The band of a counterpart from counts made elsewhere (the statistics count them in SQL): {@code inWindow}
     * contacts from {@link #windowStart} to {@code asOf}, {@code inProcess} up to {@code asOf}; the same band
     * {@link #compute} gives for the same contacts.
     */
    public static FrequencyBand band(LocalDate processStart, LocalDate asOf, int inWindow, int inProcess) {
        return band(inWindow, inProcess, windowDays(windowStart(processStart, asOf), asOf));
    }

    /** The band of {@code count} contacts in a window of {@code windowDays} days; see the class comment. */
    static FrequencyBand band(int count, int countInProcess, int windowDays) {
        long scaled = (long) count * MONTH_DAYS;
        if (scaled >= 4L * windowDays) {
            return FrequencyBand.WEEKLY;
        }
        if (scaled >= 2L * windowDays) {
            return FrequencyBand.TWO_TO_THREE_A_MONTH;
        }
        if (scaled >= windowDays) {
            return FrequencyBand.MONTHLY;
        }
        return count > 0 || countInProcess > 0 ? FrequencyBand.LESS_OFTEN : FrequencyBand.NEVER;
    }

    static ContactSpread spread(List<ContactFact> all, LocalDate start, LocalDate asOf) {
        long periodDays = ChronoUnit.DAYS.between(start, asOf) + 1;
        if (all.size() < MIN_CONTACTS_FOR_SPREAD || periodDays < MIN_WINDOW_DAYS) {
            return ContactSpread.TOO_FEW;
        }
        int[] thirds = new int[3];
        for (ContactFact c : all) {
            long index = Math.max(0, ChronoUnit.DAYS.between(start, c.day()));
            thirds[(int) Math.min(2, index * 3 / periodDays)]++;
        }
        if (thirds[0] * 2 > all.size()) {
            return ContactSpread.MOSTLY_EARLY;
        }
        if (thirds[2] * 2 > all.size()) {
            return ContactSpread.MOSTLY_LATE;
        }
        return ContactSpread.EVEN;
    }
}
