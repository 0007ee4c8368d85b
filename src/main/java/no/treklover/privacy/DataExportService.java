package no.treklover.privacy;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CaseScope;
import no.treklover.access.CurrentUser;
import no.treklover.access.Permission;
import no.treklover.audit.AuditAction;
import no.treklover.audit.AuditLog;
import no.treklover.candidate.CandidateService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a candidate's data export (GDPR art. 15) from every {@link ExportSection}: one access decision and one
 * audit entry with the purpose for the whole export, and one snapshot of the database so the sections agree.
 */
@Service
public class DataExportService {

    static final String RESOURCE = "data-export";
    static final String PURPOSE = "DATA_EXPORT";

    private final CandidateService candidates;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final List<ExportSection> sections;
    private final Clock clock;

    DataExportService(CandidateService candidates, AccessPolicy policy, AuditLog audit, List<ExportSection> sections,
            Clock clock) {
        this.candidates = candidates;
        this.policy = policy;
        this.audit = audit;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ExportSection::order)).toList();
        this.clock = clock;
    }

    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public DataExport export(CurrentUser user, long candidateId) {
        CaseScope scope = candidates.load(candidateId).scope();
        policy.require(user, Permission.READ_CASE, scope, RESOURCE);
        audit.allowed(user, AuditAction.READ, RESOURCE, candidateId, PURPOSE);
        audit.flush(); // the access log section lists this export too
        ExportSubject subject = new ExportSubject(candidateId,
                policy.permits(user, Permission.READ_ADAPTATION_NEEDS, scope));
        List<DataExport.Section> collected = sections.stream()
                .map(section -> new DataExport.Section(section.name(), section.collect(subject)))
                .toList();
        return new DataExport(candidateId, clock.instant(), collected);
    }

    /** The logged-in candidate's own data; only a candidate has "own" data here. */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public DataExport exportOwn(CurrentUser user) {
        policy.requireCandidate(user);
        return export(user, user.candidateId());
    }
}
