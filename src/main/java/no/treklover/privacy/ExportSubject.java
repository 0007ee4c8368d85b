package no.treklover.privacy;

/**
 * Whose data an export is about, and what the requesting user may see of it. Adaptation needs are
 * health-related: a section leaves them out unless the requester may read them.
 */
public record ExportSubject(long candidateId, boolean adaptationNeedsVisible) {
}
