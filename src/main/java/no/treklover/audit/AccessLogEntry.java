package no.treklover.audit;

import java.time.Instant;

/** One access to a candidate's data as the candidate sees it: when, who (name and role), what, and the answer. */
public record AccessLogEntry(Instant occurredAt, String actorName, String actorRole, AuditAction action,
        String resource, boolean allowed) {
}
