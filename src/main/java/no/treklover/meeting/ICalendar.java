package no.treklover.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A small, pure iCalendar (RFC 5545) writer for meetings: VCALENDAR with one VTIMEZONE for Europe/Oslo (CET/CEST
 * with the EU rules) and one VEVENT per meeting, times with TZID=Europe/Oslo, text escaped, lines folded at 75
 * octets and ended by CRLF. No Spring, no state.
 */
public final class ICalendar {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    public static final String PRODID = "-//NAV//Treklover//NO";
    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** REQUEST invites or updates, CANCEL withdraws, PUBLISH is a subscribed feed. */
    public enum Method { REQUEST, CANCEL, PUBLISH }

    /** A calendar user: a name and an address (mailto: or another URI). */
    public record Person(String name, String address) {
    }

    public record Event(String uid, int sequence, Instant start, Instant end, String summary, String description,
            String location, boolean cancelled, Person organizer, List<Person> attendees) {

        public Event {
            attendees = attendees == null ? List.of() : List.copyOf(attendees);
        }
    }

    private ICalendar() {
    }

    public static String write(Method method, List<Event> events, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + PRODID);
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method.name());
        timezone(out);
        for (Event event : events) {
            event(out, method, event, stamp);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void timezone(StringBuilder out) {
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:Europe/Oslo");
        line(out, "BEGIN:DAYLIGHT");
        line(out, "TZOFFSETFROM:+0100");
        line(out, "TZOFFSETTO:+0200");
        line(out, "TZNAME:CEST");
        line(out, "DTSTART:19700329T020000");
        line(out, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        line(out, "END:DAYLIGHT");
        line(out, "BEGIN:STANDARD");
        line(out, "TZOFFSETFROM:+0200");
        line(out, "TZOFFSETTO:+0100");
        line(out, "TZNAME:CET");
        line(out, "DTSTART:19701025T030000");
        line(out, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
    }

    private static void event(StringBuilder out, Method method, Event event, Instant stamp) {
        boolean cancelled = event.cancelled() || method == Method.CANCEL;
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + text(event.uid()));
        line(out, "SEQUENCE:" + event.sequence());
        line(out, "DTSTAMP:" + UTC.format(stamp));
        line(out, "DTSTART" + dateTime(event.start()));
        line(out, "DTEND" + dateTime(event.end()));
        line(out, "SUMMARY:" + text(event.summary()));
        if (event.location() != null && !event.location().isBlank()) {
            line(out, "LOCATION:" + text(event.location()));
        }
        if (event.description() != null && !event.description().isBlank()) {
            line(out, "DESCRIPTION:" + text(event.description()));
        }
        line(out, "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
        line(out, "TRANSP:OPAQUE");
        if (event.organizer() != null) {
            line(out, "ORGANIZER;CN=" + param(event.organizer().name()) + ":" + event.organizer().address());
        }
        for (Person attendee : event.attendees()) {
            line(out, "ATTENDEE;CN=" + param(attendee.name()) + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION"
                    + ";CUTYPE=INDIVIDUAL:" + attendee.address());
        }
        line(out, "END:VEVENT");
    }

    /**
     * ";TZID=Europe/Oslo:" and the Oslo wall-clock time. A wall-clock time that occurs twice (the hour repeated when
     * summer time ends) means its first occurrence in iCalendar, so the second one is written in UTC instead.
     */
    static String dateTime(Instant instant) {
        ZonedDateTime oslo = instant.atZone(OSLO);
        LocalDateTime local = oslo.toLocalDateTime();
        List<ZoneOffset> offsets = OSLO.getRules().getValidOffsets(local);
        if (offsets.size() > 1 && !oslo.getOffset().equals(offsets.get(0))) {
            return ":" + UTC.format(instant);
        }
        return ";TZID=Europe/Oslo:" + LOCAL.format(local);
    }

    /** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A parameter value: quoted when it holds ":", ";" or ","; a double quote is not allowed inside, so it goes. */
    static String param(String value) {
        String clean = value == null ? "" : value.replace("\"", "'").replaceAll("[\\p{Cntrl}]", " ");
        return clean.matches(".*[:;,].*") ? "\"" + clean + "\"" : clean;
    }

    /** Appends one content line, folded so no physical line exceeds 75 octets, never inside a UTF-8 character. */
    static void line(StringBuilder out, String content) {
        out.append(fold(content)).append(CRLF);
    }

    static String fold(String content) {
        StringBuilder out = new StringBuilder(content.length() + 8);
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
