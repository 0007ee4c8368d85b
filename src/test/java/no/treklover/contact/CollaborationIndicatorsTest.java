package no.treklover.contact;

import static no.treklover.contact.ContactForm.EMAIL;
import static no.treklover.contact.ContactForm.MEETING_OFFICE;
import static no.treklover.contact.ContactForm.MEETING_WORKPLACE;
import static no.treklover.contact.ContactForm.PHONE;
import static no.treklover.contact.ContactForm.VIDEO;
import static no.treklover.contact.Counterpart.CANDIDATE;
import static no.treklover.contact.Counterpart.EMPLOYER;
import static no.treklover.contact.Counterpart.MENTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.treklover.contact.CollaborationIndicators.ContactFact;
import no.treklover.contact.CollaborationIndicators.CounterpartQuality;
import no.treklover.contact.CollaborationIndicators.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CollaborationIndicatorsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate LONG_AGO = TODAY.minusYears(1);

    /** {@code count} contacts with the mentor, spread evenly over the last {@code days} days. */
    static List<ContactFact> evenly(int count, int days) {
        List<ContactFact> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            facts.add(new ContactFact(MENTOR, PHONE, TODAY.minusDays((long) i * days / Math.max(1, count)), 10));
        }
        return facts;
    }

    static Stream<Arguments> bands() {
        return Stream.of(
                // contacts in the 12-week window (84 days): bands at 12, 6 and 3 contacts (4, 2, 1 per 4 weeks)
                Arguments.of("12 in 12 weeks: weekly", LONG_AGO, evenly(12, 84), FrequencyBand.WEEKLY, "4.0"),
                Arguments.of("20 in 12 weeks: weekly", LONG_AGO, evenly(20, 84), FrequencyBand.WEEKLY, "6.6"),
                Arguments.of("11 in 12 weeks: 2-3 a month", LONG_AGO, evenly(11, 84),
                        FrequencyBand.TWO_TO_THREE_A_MONTH, "3.6"),
                Arguments.of("6 in 12 weeks: 2-3 a month", LONG_AGO, evenly(6, 84),
                        FrequencyBand.TWO_TO_THREE_A_MONTH, "2.0"),
                Arguments.of("5 in 12 weeks: monthly", LONG_AGO, evenly(5, 84), FrequencyBand.MONTHLY, "1.6"),
                Arguments.of("3 in 12 weeks: monthly", LONG_AGO, evenly(3, 84), FrequencyBand.MONTHLY, "1.0"),
                Arguments.of("2 in 12 weeks: less often", LONG_AGO, evenly(2, 84), FrequencyBand.LESS_OFTEN, "0.6"),
                Arguments.of("none in the window, one before: less often", LONG_AGO,
                        List.of(new ContactFact(MENTOR, PHONE, TODAY.minusDays(84), 10)), FrequencyBand.LESS_OFTEN,
                        "0.0"),
                Arguments.of("none at all: never", LONG_AGO, List.of(), FrequencyBand.NEVER, "0.0"),
                Arguments.of("a contact after the day counted is ignored", LONG_AGO,
                        List.of(new ContactFact(MENTOR, PHONE, TODAY.plusDays(1), 10)), FrequencyBand.NEVER, "0.0"),
                // the window is the process's life when shorter than 12 weeks, but never shorter than 4 weeks
                Arguments.of("started 6 weeks ago, 6 contacts: weekly", TODAY.minusDays(41), evenly(6, 42),
                        FrequencyBand.WEEKLY, "4.0"),
                Arguments.of("started 6 weeks ago, 5 contacts: 2-3 a month", TODAY.minusDays(41), evenly(5, 42),
                        FrequencyBand.TWO_TO_THREE_A_MONTH, "3.3"),
                // 5 × 28 / 71 = 1.97: shown as 1.9, never as a rounded 2.0 beside the band "monthly"
                Arguments.of("started 71 days ago, 5 contacts: 1.97 is monthly and shows 1.9", TODAY.minusDays(70),
                        evenly(5, 71), FrequencyBand.MONTHLY, "1.9"),
                Arguments.of("started 3 days ago, 1 contact: counts as 4 weeks, monthly", TODAY.minusDays(2),
                        evenly(1, 3), FrequencyBand.MONTHLY, "1.0"),
                Arguments.of("started 3 days ago, 4 contacts: weekly", TODAY.minusDays(2), evenly(4, 3),
                        FrequencyBand.WEEKLY, "4.0"),
                Arguments.of("starts today, nothing yet: never", TODAY, List.of(), FrequencyBand.NEVER, "0.0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bands")
    void frequencyBand(String name, LocalDate start, List<ContactFact> contacts, FrequencyBand expected,
            String perFourWeeks) {
        CounterpartQuality mentor = CollaborationIndicators.compute(contacts, start, TODAY).of(MENTOR);
        assertThat(mentor.band()).isEqualTo(expected);
        assertThat(mentor.contactsPer4Weeks()).isEqualByComparingTo(new BigDecimal(perFourWeeks));
    }

    /** The statistics count the contacts in SQL and band the counts: the same band as from the contacts. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bands")
    void theBandFromCountsIsTheBandFromTheContacts(String name, LocalDate start, List<ContactFact> contacts,
            FrequencyBand expected, String perFourWeeks) {
        LocalDate windowStart = CollaborationIndicators.windowStart(start, TODAY);
        List<ContactFact> upToToday = contacts.stream().filter(c -> !c.day().isAfter(TODAY)).toList();
        int inWindow = (int) upToToday.stream().filter(c -> !c.day().isBefore(windowStart)).count();
        assertThat(CollaborationIndicators.band(start, TODAY, inWindow, upToToday.size())).isEqualTo(expected);
    }

    static Stream<Arguments> bandEdges() {
        return Stream.of(
                // count, window days, band: the thresholds exactly, compared in whole numbers
                Arguments.of(4, 28, FrequencyBand.WEEKLY),
                Arguments.of(3, 28, FrequencyBand.TWO_TO_THREE_A_MONTH),
                Arguments.of(2, 28, FrequencyBand.TWO_TO_THREE_A_MONTH),
                Arguments.of(1, 28, FrequencyBand.MONTHLY),
                Arguments.of(12, 84, FrequencyBand.WEEKLY),
                Arguments.of(11, 84, FrequencyBand.TWO_TO_THREE_A_MONTH),
                Arguments.of(6, 84, FrequencyBand.TWO_TO_THREE_A_MONTH),
                Arguments.of(5, 84, FrequencyBand.MONTHLY),
                Arguments.of(3, 84, FrequencyBand.MONTHLY),
                Arguments.of(2, 84, FrequencyBand.LESS_OFTEN),
                Arguments.of(8, 56, FrequencyBand.WEEKLY),
                Arguments.of(7, 56, FrequencyBand.TWO_TO_THREE_A_MONTH),
                Arguments.of(2, 56, FrequencyBand.MONTHLY),
                Arguments.of(1, 56, FrequencyBand.LESS_OFTEN),
                Arguments.of(0, 56, FrequencyBand.NEVER));
    }

    @ParameterizedTest(name = "{0} contacts in {1} days: {2}")
    @MethodSource("bandEdges")
    void bandThresholds(int count, int windowDays, FrequencyBand expected) {
        assertThat(CollaborationIndicators.band(count, count, windowDays)).isEqualTo(expected);
    }

    static Stream<Arguments> intensity() {
        return Stream.of(
                // contacts, minutes per 4 weeks, without duration, in-person percent
                Arguments.of("three 10-minute calls over 12 weeks", evenly(3, 84), 10, 0, 0),
                Arguments.of("one hour at the workplace, one call without duration", List.of(
                        new ContactFact(MENTOR, MEETING_WORKPLACE, TODAY.minusDays(3), 60),
                        new ContactFact(MENTOR, PHONE, TODAY.minusDays(10), null)), 20, 1, 50),
                Arguments.of("two meetings and a video call", List.of(
                        new ContactFact(MENTOR, MEETING_WORKPLACE, TODAY.minusDays(3), 45),
                        new ContactFact(MENTOR, MEETING_OFFICE, TODAY.minusDays(30), 30),
                        new ContactFact(MENTOR, VIDEO, TODAY.minusDays(60), 20)), 32, 0, 67),
                Arguments.of("outside the window counts for nothing", List.of(
                        new ContactFact(MENTOR, MEETING_WORKPLACE, TODAY.minusDays(90), 600)), 0, 0, null),
                Arguments.of("a long day: 1440 minutes in 12 weeks", List.of(
                        new ContactFact(MENTOR, MEETING_WORKPLACE, TODAY, 1440)), 480, 0, 100));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intensity")
    void intensityAndInPersonShare(String name, List<ContactFact> contacts, int minutes, int withoutDuration,
            Integer inPersonPercent) {
        CounterpartQuality mentor = CollaborationIndicators.compute(contacts, LONG_AGO, TODAY).of(MENTOR);
        assertThat(mentor.minutesPer4Weeks()).isEqualTo(minutes);
        assertThat(mentor.contactsWithoutDuration()).isEqualTo(withoutDuration);
        assertThat(mentor.inPersonPercent()).isEqualTo(inPersonPercent);
    }

    static Stream<Arguments> spreads() {
        LocalDate start = TODAY.minusDays(89); // 90 days: thirds of 30 days
        return Stream.of(
                Arguments.of("mostly in the first month", start, days(0, 5, 12, 50), ContactSpread.MOSTLY_EARLY),
                Arguments.of("one in each month", start, days(3, 40, 70), ContactSpread.EVEN),
                Arguments.of("half early, half late: even", start, days(1, 2, 80, 81), ContactSpread.EVEN),
                Arguments.of("mostly in the last month", start, days(10, 61, 75, 89), ContactSpread.MOSTLY_LATE),
                Arguments.of("two contacts are too few", start, days(0, 89), ContactSpread.TOO_FEW),
                Arguments.of("a process under 4 weeks is too short", TODAY.minusDays(20), days(0, 1, 2),
                        ContactSpread.TOO_FEW));
    }

    /** Mentor contacts on these days after {@code TODAY - 89}. */
    static List<ContactFact> days(int... offsets) {
        return java.util.Arrays.stream(offsets)
                .mapToObj(d -> new ContactFact(MENTOR, PHONE, TODAY.minusDays(89).plusDays(d), null)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spreads")
    void spreadOverTheProcess(String name, LocalDate start, List<ContactFact> contacts, ContactSpread expected) {
        assertThat(CollaborationIndicators.compute(contacts, start, TODAY).of(MENTOR).spread()).isEqualTo(expected);
    }

    @Test
    void mixOfFormsPerCounterpartInTheWindowOnly() {
        List<ContactFact> contacts = List.of(
                new ContactFact(MENTOR, PHONE, TODAY, 5),
                new ContactFact(MENTOR, PHONE, TODAY.minusDays(7), 5),
                new ContactFact(MENTOR, MEETING_WORKPLACE, TODAY.minusDays(14), 30),
                new ContactFact(MENTOR, EMAIL, TODAY.minusDays(100), null),
                new ContactFact(CANDIDATE, MEETING_OFFICE, TODAY.minusDays(3), 45));
        Result result = CollaborationIndicators.compute(contacts, LONG_AGO, TODAY);

        CounterpartQuality mentor = result.of(MENTOR);
        assertThat(mentor.formMix()).containsEntry(PHONE, 2).containsEntry(MEETING_WORKPLACE, 1)
                .containsEntry(EMAIL, 0).containsEntry(VIDEO, 0);
        assertThat(mentor.usedForms()).extracting(e -> e.getKey()).containsExactly(PHONE, MEETING_WORKPLACE);
        assertThat(mentor.contactsInWindow()).isEqualTo(3);
        assertThat(mentor.contactsInProcess()).isEqualTo(4);
        assertThat(result.of(CANDIDATE).formMix()).containsEntry(MEETING_OFFICE, 1).containsEntry(PHONE, 0);
        assertThat(result.of(EMPLOYER).band()).isEqualTo(FrequencyBand.NEVER);
        assertThat(result.of(EMPLOYER).usedForms()).isEmpty();
        assertThat(result.counterparts()).extracting(CounterpartQuality::counterpart)
                .containsExactly(CANDIDATE, MENTOR, EMPLOYER);
    }

    static Stream<Arguments> windows() {
        return Stream.of(
                // process start, window start, window days used
                Arguments.of(LONG_AGO, TODAY.minusDays(83), 84),
                Arguments.of(TODAY.minusDays(83), TODAY.minusDays(83), 84),
                Arguments.of(TODAY.minusDays(41), TODAY.minusDays(41), 42),
                Arguments.of(TODAY.minusDays(10), TODAY.minusDays(10), 28),
                Arguments.of(TODAY, TODAY, 28),
                Arguments.of(TODAY.plusDays(3), TODAY, 28));
    }

    @ParameterizedTest(name = "started {0}: window from {1}, {2} days")
    @MethodSource("windows")
    void windowIsTwelveWeeksOrTheProcessButAtLeastFourWeeks(LocalDate start, LocalDate windowStart, int days) {
        Result result = CollaborationIndicators.compute(List.of(), start, TODAY);
        assertThat(result.windowStart()).isEqualTo(windowStart);
        assertThat(result.windowEnd()).isEqualTo(TODAY);
        assertThat(result.windowDays()).isEqualTo(days);
    }

    @Test
    void chartBarsFollowTheRateAndStopAtEight() {
        List<ContactFact> contacts = new ArrayList<>(evenly(40, 84));
        contacts.add(new ContactFact(CANDIDATE, PHONE, TODAY, null));
        Result result = CollaborationIndicators.compute(contacts, LONG_AGO, TODAY);
        ContactSections.Chart chart = ContactSections.chart(result);
        assertThat(chart.bars()).hasSize(3);
        ContactSections.Bar candidate = chart.bars().get(0);
        ContactSections.Bar mentor = chart.bars().get(1);
        ContactSections.Bar employer = chart.bars().get(2);
        assertThat(mentor.value()).isEqualByComparingTo("13.3");
        assertThat(mentor.width()).isEqualTo(270);
        assertThat(candidate.width()).isEqualTo(10); // 0.3 of 8 of 270, rounded
        assertThat(employer.width()).isZero();
        assertThat(chart.ticks()).extracting(ContactSections.Tick::x).containsExactly(143, 177, 245, 380);
    }
}
