package no.treklover.learning;

import java.time.LocalDate;

/** A change in practice the office agreed on (issue 14): what, who follows it up, by when, and how it went. */
public record AgreedChange(long id, String officeId, Long meetingId, String meetingTitle, String text, long ownerId,
        String ownerName, LocalDate dueDate, String followUpNote, Status status, long version) {

    public enum Status { OPEN, DONE }

    /** Open after its due date. */
    public boolean overdueOn(LocalDate today) {
        return status == Status.OPEN && dueDate.isBefore(today);
    }
}
