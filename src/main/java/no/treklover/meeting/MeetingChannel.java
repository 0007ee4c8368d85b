package no.treklover.meeting;

/** Where or how the meeting takes place; the free-text location says exactly where. */
public enum MeetingChannel {
    WORKPLACE, NAV_OFFICE, VIDEO, PHONE
}
