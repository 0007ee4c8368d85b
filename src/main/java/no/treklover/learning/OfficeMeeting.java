package no.treklover.learning;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** An office meeting with its agenda, participants and the anonymised cases the reader may see. */
public record OfficeMeeting(long id, String officeId, OfficeMeetingType type, String title, Instant startsAt,
        int durationMinutes, String place, String notes, long version, List<AgendaItem> agenda,
        List<Participant> participants, List<AnonymisedCase> cases, int sequence, Instant cancelledAt,
        String cancelReason) {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    public record AgendaItem(long id, int position, String text, Long questionId) {
    }

    public record Participant(long userId, String name) {
    }

    public LocalDateTime startsLocal() {
        return LocalDateTime.ofInstant(startsAt, OSLO);
    }

    public boolean presentsCases() {
        return type == OfficeMeetingType.EXPERIENCE_EXCHANGE;
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }

    OfficeMeeting withCases(List<AnonymisedCase> shown) {
        return new OfficeMeeting(id, officeId, type, title, startsAt, durationMinutes, place, notes, version, agenda,
                participants, shown, sequence, cancelledAt, cancelReason);
    }
}
