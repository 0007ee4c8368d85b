package no.treklover.audit;

import java.time.Instant;

/**
 * One audit entry as the privacy officer sees it: who, in which role, did what to which candidate's data, when,
 * why and whether it was allowed. {@code chainPosition} is null for an entry not yet sealed.
 */
public record AuditEntryView(long id, Instant occurredAt, String actorUsername, String actorName, String actorRole,
        AuditAction action, String resource, Long candidateId, String purpose, boolean allowed, Long chainPosition) {

    /** The resources the entry names: usually one, several when one request read them for the same purpose. */
    public java.util.List<String> resources() {
        return java.util.List.of(resource.split(AuditLog.RESOURCE_SEPARATOR));
    }
}
