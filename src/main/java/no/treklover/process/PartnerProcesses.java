package no.treklover.process;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import java.util.Map;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.access.Permission;
import no.treklover.audit.AuditAction;
import no.treklover.audit.AuditLog;
import no.treklover.candidate.CandidateService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The processes a mentor or an employer's representative takes part in and may still see. The list shows each
 * candidate's name, so showing it is logged as a read of each candidate shown (one batched insert).
 */
@Service
public class PartnerProcesses {

    /** The list shows the candidate's name; each candidate's own access log says so. */
    public static final String LIST_RESOURCE = "partner-list";
    public static final int DEFAULT_PAGE_SIZE = 25;
    private static final int MAX_PAGE_SIZE = 100;

    /** One process on the list; {@code candidateId} is for the audit log and not sent to the partner. */
    public record PartnerProcessRow(long processId, @JsonIgnore long candidateId, String candidateName, Phase phase,
            boolean open) {
    }

    private final InclusionProcessRepository processes;
    private final CandidateService candidates;
    private final AccessPolicy policy;
    private final AuditLog audit;

    PartnerProcesses(InclusionProcessRepository processes, CandidateService candidates, AccessPolicy policy,
            AuditLog audit) {
        this.processes = processes;
        this.candidates = candidates;
        this.policy = policy;
        this.audit = audit;
    }

    /** The list as shown, each candidate on it logged as read. */
    @Transactional
    public List<PartnerProcessRow> of(CurrentUser user) {
        List<PartnerProcessRow> rows = visibleTo(user);
        logShown(user, rows);
        return rows;
    }

    /** One page of the list as shown (newest processes first), only the candidates on the page logged as read. */
    @Transactional
    public Page<PartnerProcessRow> page(CurrentUser user, int page, int size) {
        List<PartnerProcessRow> all = visibleTo(user);
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int lastPage = Math.max(0, (all.size() - 1) / pageSize);
        int number = Math.max(0, Math.min(page, lastPage));
        List<PartnerProcessRow> shown = all.subList(Math.min(all.size(), number * pageSize),
                Math.min(all.size(), (number + 1) * pageSize));
        logShown(user, shown);
        return new PageImpl<>(List.copyOf(shown), PageRequest.of(number, pageSize), all.size());
    }

    /**
     * The list without logging, for a caller that shows only part of it and logs that part with
     * {@link #logShown}. The scopes come with the processes in one query; the names in one more.
     */
    @Transactional(readOnly = true)
    public List<PartnerProcessRow> visibleTo(CurrentUser user) {
        policy.requirePartner(user);
        List<InclusionProcess> candidatesFor = switch (user.role()) {
            case MENTOR -> processes.findByMentorUserIdOrderByCreatedAtDesc(user.id());
            case EMPLOYER -> user.employerId() == null ? List.of()
                    : processes.findByEmployerIdOrderByCreatedAtDesc(user.employerId());
            default -> List.of();
        };
        List<InclusionProcess> visible = candidatesFor.stream()
                .filter(process -> policy.permits(user, Permission.READ_SHARED_PROFILE, process.scope()))
                .toList();
        Map<Long, String> names = candidates.fullNames(visible.stream().map(InclusionProcess::getCandidateId)
                .toList());
        return visible.stream()
                .map(process -> new PartnerProcessRow(process.getId(), process.getCandidateId(),
                        names.get(process.getCandidateId()), process.getPhase(), process.isOpen()))
                .toList();
    }

    /** Logs each candidate of the rows shown as read (allowed, purpose PARTNER_LIST). */
    @Transactional
    public void logShown(CurrentUser user, List<PartnerProcessRow> shown) {
        String purpose = "PARTNER_LIST";
        audit.allowedForEach(user, AuditAction.READ, LIST_RESOURCE, shown.stream().map(PartnerProcessRow::candidateId).toList(),
                purpose);
    }
}
