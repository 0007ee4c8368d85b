package no.treklover.audit;

import java.time.Instant;

/** One audit entry's content as the hash chain covers it: everything written, plus where it sits in the chain. */
record AuditRecord(
        long id,
        long chainPosition,
        Instant occurredAt,
        Long actorId,
        String actorUsername,
        String actorRole,
        String action,
        String resource,
        Long candidateId,
        String purpose,
        boolean allowed) {

    AuditRecord at(long position) {
        return new AuditRecord(id, position, occurredAt, actorId, actorUsername, actorRole, action, resource,
                candidateId, purpose, allowed);
    }
}
