package no.treklover.audit;

import java.time.Instant;

/** One access to a candidate's data as the candidate sees it: when, who (name and role), what, and the answer. */
public record AccessLogEntry(Instant occurredAt, String actorName, String actorRole, AuditAction action,
        String resource, boolean allowed) {

    /** The resources the entry names: usually one, several when one request read them for the same purpose. */
    public java.util.List<String> resources() {
        return java.util.List.of(resource.split(AuditLog.RESOURCE_SEPARATOR));
    }
}
