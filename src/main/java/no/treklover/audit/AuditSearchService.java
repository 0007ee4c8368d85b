package no.treklover.audit;

import java.util.List;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.identifiers.NationalId;
import no.treklover.platform.errors.RuleViolationException;
import org.springframework.stereotype.Service;

/**
 * The privacy officer's view of the audit log: search it and verify the chain. Both seal first, so what was
 * logged a moment ago is in the chain. The officer's own searches are logged too, and a search for one
 * candidate shows up in that candidate's access log.
 */
@Service
public class AuditSearchService {

    private final AccessPolicy access;
    private final AuditLog audit;
    private final AuditQuery query;
    private final AuditChainSealer sealer;
    private final AuditChainVerifier verifier;

    AuditSearchService(AccessPolicy access, AuditLog audit, AuditQuery query, AuditChainSealer sealer,
            AuditChainVerifier verifier) {
        this.access = access;
        this.audit = audit;
        this.query = query;
        this.sealer = sealer;
        this.verifier = verifier;
    }

    /** For the search page before anything is searched. */
    public void requireAccess(CurrentUser user) {
        access.requirePrivacyOfficer(user, "search");
    }

    public ResultPage<AuditEntryView> search(CurrentUser user, AuditSearchCriteria criteria) {
        access.requirePrivacyOfficer(user, "search");
        List<RuleViolationException.Violation> violations = criteria.violations();
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        Long candidateId = null;
        if (criteria.nationalId() != null) {
            NationalId nationalId = NationalId.parse(criteria.nationalId())
                    .orElseThrow(() -> new RuleViolationException("nationalId", "validation.nationalId"));
            candidateId = query.candidateIdOf(nationalId).orElse(null);
        }
        sealer.sealAll();
        ResultPage<AuditEntryView> found = criteria.nationalId() != null && candidateId == null
                ? ResultPage.empty(criteria.size())
                : query.search(criteria, candidateId);
        // Logged after reading, so a search does not find itself.
        audit.allowed(user, AuditAction.READ, AuditLog.RESOURCE, candidateId, "search");
        return found;
    }

    public ChainVerification verify(CurrentUser user) {
        access.requirePrivacyOfficer(user, "verify");
        audit.allowedAtOnce(user, AuditAction.READ, AuditLog.RESOURCE, null, "verify");
        return verifier.sealAndVerify();
    }
}
