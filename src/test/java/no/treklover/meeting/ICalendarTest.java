package no.treklover.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ICalendarTest {

    private static final Instant STAMP = Instant.parse("2026-11-23T20:00:00Z");

    private static ICalendar.Event event(Instant start, boolean cancelled, String summary) {
        return new ICalendar.Event("abc@treklover.nav.no", 3, start, start.plusSeconds(3600), summary,
                "Agenda:\n1. Hvordan går det?", "Arbeidsplassen: Bakeri Solsiden, 2. etg", cancelled,
                new ICalendar.Person("Vera Veileder", "mailto:vera@nav.no"),
                List.of(new ICalendar.Person("Kaja Kandidat", "urn:x-treklover:user:7"),
                        new ICalendar.Person("Mona; Mentor", "mailto:mona@bakeri.no")));
    }

    @Test
    void everyLineEndsWithCrlfAndIsAtMost75Octets() {
        String longText = "Æøå ".repeat(60) + "€😀".repeat(20);
        String ics = ICalendar.write(ICalendar.Method.REQUEST,
                List.of(event(Instant.parse("2026-06-10T08:00:00Z"), false, longText)), STAMP);
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + longText + "\r\n");
    }

    @ParameterizedTest(name = "{0} folds to {1} lines")
    @CsvSource({"75, 1", "76, 2", "149, 2", "150, 3"})
    void foldsAtExactly75Octets(int length, int lines) {
        String folded = ICalendar.fold("x".repeat(length));
        assertThat(folded.split("\r\n")).hasSize(lines);
        assertThat(folded.split("\r\n")[0]).hasSize(Math.min(75, length));
    }

    @Test
    void neverFoldsInsideAMultiByteCharacter() {
        String folded = ICalendar.fold("a" + "ø".repeat(40));
        for (String line : folded.split("\r\n")) {
            assertThat(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(line);
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.split("\r\n")[0].getBytes(StandardCharsets.UTF_8).length).isEqualTo(75);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "a,b|a\\,b",
            "a;b|a\\;b",
            "a\\b|a\\\\b",
            "plain|plain",
    })
    void escapesText(String raw, String escaped) {
        assertThat(ICalendar.text(raw)).isEqualTo(escaped);
    }

    @Test
    void escapesLineBreaks() {
        assertThat(ICalendar.text("a\r\nb\nc\rd")).isEqualTo("a\\nb\\nc\\nd");
    }

    @Test
    void quotesParameterValuesWithSeparators() {
        assertThat(ICalendar.param("Mona; Mentor")).isEqualTo("\"Mona; Mentor\"");
        assertThat(ICalendar.param("Ola \"Bakern\" Hansen")).isEqualTo("Ola 'Bakern' Hansen");
        assertThat(ICalendar.param("Kaja Kandidat")).isEqualTo("Kaja Kandidat");
    }

    @Test
    void hasAVTimezoneWithTheEuropeanSummerTimeRules() {
        String ics = ICalendar.write(ICalendar.Method.REQUEST, List.of(), STAMP);
        assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo\r\n")
                .contains("BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"
                        + "DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n")
                .contains("BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n"
                        + "DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2026-01-15T09:00:00Z, ;TZID=Europe/Oslo:20260115T100000",
            "2026-07-15T09:00:00Z, ;TZID=Europe/Oslo:20260715T110000",
            // the last hour of winter time and the first of summer time (29 March 2026, 02:00 -> 03:00)
            "2026-03-29T00:59:00Z, ;TZID=Europe/Oslo:20260329T015900",
            "2026-03-29T01:00:00Z, ;TZID=Europe/Oslo:20260329T030000",
            // 02:30 happens twice on 25 October 2026: the first is local time, the second is written in UTC
            "2026-10-25T00:30:00Z, ;TZID=Europe/Oslo:20261025T023000",
            "2026-10-25T01:30:00Z, :20261025T013000Z",
            "2026-10-25T02:00:00Z, ;TZID=Europe/Oslo:20261025T030000",
    })
    void writesOsloWallClockTimes(Instant instant, String expected) {
        assertThat(ICalendar.dateTime(instant)).isEqualTo(expected);
    }

    @Test
    void requestAndCancel() {
        Instant start = Instant.parse("2026-06-10T08:00:00Z");
        String request = ICalendar.write(ICalendar.Method.REQUEST, List.of(event(start, false, "Møte")), STAMP);
        String cancel = ICalendar.write(ICalendar.Method.CANCEL, List.of(event(start, true, "Møte")), STAMP);
        List<String> requestLines = Arrays.asList(request.replace("\r\n ", "").split("\r\n"));
        assertThat(requestLines).contains("METHOD:REQUEST", "STATUS:CONFIRMED", "UID:abc@treklover.nav.no",
                "SEQUENCE:3", "DTSTAMP:20261123T200000Z", "DTSTART;TZID=Europe/Oslo:20260610T100000",
                "DTEND;TZID=Europe/Oslo:20260610T110000", "ORGANIZER;CN=Vera Veileder:mailto:vera@nav.no",
                "LOCATION:Arbeidsplassen: Bakeri Solsiden\\, 2. etg",
                "DESCRIPTION:Agenda:\\n1. Hvordan går det?",
                "ATTENDEE;CN=\"Mona; Mentor\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CUTYPE=INDIVIDUAL"
                        + ":mailto:mona@bakeri.no");
        assertThat(cancel).contains("METHOD:CANCEL\r\n").contains("STATUS:CANCELLED\r\n")
                .doesNotContain("STATUS:CONFIRMED");
    }
}
