package no.treklover.process;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The editable facts of a process: workplace, mentor, goals, dates, outcome, why the mentor measure was used, and
 * the status twelve months after the end (Etterkontroll), the attachment to the company at the end, and how many
 * employers were contacted in Arbeidsgiverkontakt, the chosen one included (BRIEF §3.2; 1 to {@link #MAX_EMPLOYERS_CONTACTED}).
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
        AttachmentAtEnd attachedAtEnd,
        @Min(value = 1, message = "{process.validation.employersContacted}")
        @Max(value = MAX_EMPLOYERS_CONTACTED, message = "{process.validation.employersContacted}")
        Integer employersContacted) {

    /** The most employers one process may have contacted (the column's check says the same). */
    public static final int MAX_EMPLOYERS_CONTACTED = 500;

    /** The details without the number of employers contacted (not recorded). */
    public ProcessDetails(Long employerId, Boolean counsellorKnewEmployer, Attachment attachmentAtStart,
            Initiative initiative, String mentorName, String mentorPhone, String mentorEmail, String mentorRole,
            String goals, LocalDate startDate, LocalDate endDate, Outcome outcome, String outcomeNote,
            FollowUpStatus followUpStatus, String nextAction, LocalDate nextActionDue, String measureJustification,
            LocalDate postCheckDate, AttachmentAtEnd attachedAtEnd) {
        this(employerId, counsellorKnewEmployer, attachmentAtStart, initiative, mentorName, mentorPhone, mentorEmail,
                mentorRole, goals, startDate, endDate, outcome, outcomeNote, followUpStatus, nextAction, nextActionDue,
                measureJustification, postCheckDate, attachedAtEnd, null);
    }

    public static ProcessDetails empty() {
        return new ProcessDetails(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    public ProcessDetails withEmployer(Long employer) {
        return new ProcessDetails(employer, counsellorKnewEmployer, attachmentAtStart, initiative, mentorName,
                mentorPhone, mentorEmail, mentorRole, goals, startDate, endDate, outcome, outcomeNote, followUpStatus,
                nextAction, nextActionDue, measureJustification, postCheckDate, attachedAtEnd,
                employersContacted);
    }

    public ProcessDetails withGoals(String newGoals) {
        return new ProcessDetails(employerId, counsellorKnewEmployer, attachmentAtStart, initiative, mentorName,
                mentorPhone, mentorEmail, mentorRole, newGoals, startDate, endDate, outcome, outcomeNote,
                followUpStatus, nextAction, nextActionDue, measureJustification, postCheckDate, attachedAtEnd,
                employersContacted);
    }
}
