package no.treklover.audit;

public enum AuditAction {
    READ, WRITE
}
