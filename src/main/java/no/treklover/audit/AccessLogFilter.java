package no.treklover.audit;

import java.time.LocalDate;

/**
 * What the candidate narrows the innsyn to: one person ({@code actorId}), reads or changes ({@code action}), a period
 * (whole days in Norwegian time, both ends included). Every field is optional.
 */
public record AccessLogFilter(Long actorId, AuditAction action, LocalDate from, LocalDate to) {

    public static final AccessLogFilter NONE = new AccessLogFilter(null, null, null, null);
}
