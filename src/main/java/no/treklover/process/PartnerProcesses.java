package no.treklover.process;

import java.util.List;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.access.Permission;
import no.treklover.candidate.CandidateService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The processes a mentor or an employer's representative takes part in and may still see. */
@Service
public class PartnerProcesses {

    public record Row(long processId, String candidateName, Phase phase, boolean open) {
    }

    private final InclusionProcessRepository processes;
    private final CandidateService candidates;
    private final AccessPolicy policy;

    PartnerProcesses(InclusionProcessRepository processes, CandidateService candidates, AccessPolicy policy) {
        this.processes = processes;
        this.candidates = candidates;
        this.policy = policy;
    }

    @Transactional(readOnly = true)
    public List<Row> of(CurrentUser user) {
        policy.requirePartner(user);
        List<InclusionProcess> candidatesFor = switch (user.role()) {
            case MENTOR -> processes.findByMentorUserIdOrderByCreatedAtDesc(user.id());
            case EMPLOYER -> user.employerId() == null ? List.of()
                    : processes.findByEmployerIdOrderByCreatedAtDesc(user.employerId());
            default -> List.of();
        };
        return candidatesFor.stream()
                .filter(process -> policy.permits(user, Permission.READ_SHARED_PROFILE, process.scope()))
                .map(process -> new Row(process.getId(),
                        candidates.load(process.getCandidateId()).fullName(),
                        process.getPhase(), process.isOpen()))
                .toList();
    }
}
