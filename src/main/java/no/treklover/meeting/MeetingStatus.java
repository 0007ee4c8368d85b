package no.treklover.meeting;

public enum MeetingStatus {
    PLANNED, HELD, CANCELLED
}
