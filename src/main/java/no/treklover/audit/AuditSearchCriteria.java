package no.treklover.audit;

import no.treklover.platform.validation.SelfValidating;
import no.treklover.platform.validation.ValidRules;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.treklover.identifiers.ValidNationalId;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.web.PageBounds;

/**
 * What the privacy officer searches the audit log for; every part optional. The national id travels in the
 * request body (form post or JSON), never in a URL, where it would end up in logs and browser history.
 */
@ValidRules
public record AuditSearchCriteria(
        @Size(max = 20, message = "{validation.nationalId}") @ValidNationalId String nationalId,
        @Size(max = 100, message = "{validation.size}") String actorUsername,
        LocalDate occurredFrom,
        LocalDate occurredTo,
        Boolean allowed,
        Integer page,
        Integer size) implements SelfValidating {

    public static final int DEFAULT_SIZE = 50;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    public AuditSearchCriteria {
        nationalId = blankToNull(nationalId);
        actorUsername = blankToNull(actorUsername);
        // Not clamped: outside PageBounds is a field error like any other.
        page = page == null ? 0 : page;
        size = size == null ? DEFAULT_SIZE : size;
    }

    /** Rules across fields, named by the field to correct. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>(PageBounds.violations(page, size));
        if (outOfRange(occurredFrom)) {
            violations.add(new Violation("occurredFrom", "validation.dateRange"));
        }
        if (outOfRange(occurredTo)) {
            violations.add(new Violation("occurredTo", "validation.dateRange"));
        }
        if (occurredFrom != null && occurredTo != null && occurredFrom.isAfter(occurredTo)) {
            violations.add(new Violation("occurredTo", "audit.search.toBeforeFrom"));
        }
        return violations;
    }

    private static boolean outOfRange(LocalDate date) {
        return date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
