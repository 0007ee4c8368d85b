package no.treklover.process;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The editable facts of a process: workplace, mentor, goals, dates, outcome, why the mentor measure was used, and
 * the status twelve months after the end (Etterkontroll), and the attachment to the company at the end.
 */
public record ProcessDetails(
        Long employerId,
        Boolean counsellorKnewEmployer,
        Attachment attachmentAtStart,
        Initiative initiative,
        @Size(max = 200, message = "{validation.size}") String mentorName,
        @Size(max = 40, message = "{validation.size}") @Pattern(regexp = "^\\+?[0-9 ]{8,20}$", message = "{validation.phone}") String mentorPhone,
        @Size(max = 254, message = "{validation.size}") @Email(message = "{validation.email}") String mentorEmail,
        @Size(max = 200, message = "{validation.size}") String mentorRole,
        @Size(max = 4000, message = "{validation.size}") String goals,
        LocalDate startDate,
        LocalDate endDate,
        Outcome outcome,
        @Size(max = 1000, message = "{validation.size}") String outcomeNote,
        FollowUpStatus followUpStatus,
        @Size(max = 300, message = "{validation.size}") String nextAction,
        LocalDate nextActionDue,
        @Size(max = 1000, message = "{validation.size}") String measureJustification,
        LocalDate postCheckDate,
        AttachmentAtEnd attachedAtEnd) {

    public static ProcessDetails empty() {
        return new ProcessDetails(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    public ProcessDetails withEmployer(Long employer) {
        return new ProcessDetails(employer, counsellorKnewEmployer, attachmentAtStart, initiative, mentorName,
                mentorPhone, mentorEmail, mentorRole, goals, startDate, endDate, outcome, outcomeNote, followUpStatus,
                nextAction, nextActionDue, measureJustification, postCheckDate, attachedAtEnd);
    }

    public ProcessDetails withGoals(String newGoals) {
        return new ProcessDetails(employerId, counsellorKnewEmployer, attachmentAtStart, initiative, mentorName,
                mentorPhone, mentorEmail, mentorRole, newGoals, startDate, endDate, outcome, outcomeNote,
                followUpStatus, nextAction, nextActionDue, measureJustification, postCheckDate, attachedAtEnd);
    }
}
