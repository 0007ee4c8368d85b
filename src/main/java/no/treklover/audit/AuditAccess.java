package no.treklover.audit;

import no.treklover.access.CurrentUser;
import no.treklover.access.Role;
import no.treklover.platform.errors.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Who may look at the audit log: the privacy officer searches and verifies all of it, a candidate sees who has
 * accessed their own data. Belongs in {@code AccessPolicy}; kept here until it moves there.
 */
@Component
class AuditAccess {

    static final String RESOURCE = "audit-log";

    private final AuditLog audit;

    AuditAccess(AuditLog audit) {
        this.audit = audit;
    }

    /** Only the privacy officer; anyone else's attempt is itself logged as denied. */
    void requirePrivacyOfficer(CurrentUser user, String purpose) {
        if (!user.is(Role.PRIVACY_OFFICER)) {
            audit.denied(user, AuditAction.READ, RESOURCE, null, purpose);
            throw new ForbiddenException(user.username() + " is not the privacy officer");
        }
    }

    /** The candidate whose own access log this user may read. */
    long requireCandidate(CurrentUser user) {
        if (!user.is(Role.CANDIDATE) || user.candidateId() == null) {
            throw new ForbiddenException(user.username() + " has no access log of their own");
        }
        return user.candidateId();
    }
}
