package no.treklover.meeting;

import java.time.Instant;

/** A meeting was planned, changed, held or cancelled; the process timeline listens. */
public record MeetingChanged(long processId, long meetingId, Kind kind, String meetingType, Long actorId,
        Instant occurredAt) {

    public enum Kind { PLANNED, UPDATED, RESCHEDULED, HELD, CANCELLED }
}
