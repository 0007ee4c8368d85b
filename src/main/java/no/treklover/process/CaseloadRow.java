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
        String counsellorName) {
}
