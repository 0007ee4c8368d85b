package no.treklover.process;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a counsellor's caseload. */
public record CaseloadRow(
        long processId,
        long candidateId,
        String candidateName,
        Phase phase,
        Instant phaseChangedAt,
        long daysInPhase,
        String nextAction,
        LocalDate nextActionDue,
        boolean overdue,
        String employerName,
        String counsellorName,
        /** The last day for the next follow-up meeting (meeting feature's cadence), null when none applies. */
        LocalDate followUpDue,
        /** "Oppfølging forfalt": the follow-up is overdue. */
        boolean followUpOverdue,
        /** Action items from the process's meetings past their due date and not done. */
        long overdueActionItems,
        /** The day an ended process is due for Etterkontroll (twelve months after its end), null when none applies. */
        LocalDate postCheckDue,
        boolean postCheckOverdue) {
}
