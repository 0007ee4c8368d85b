package no.treklover.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.treklover.access.AccessPolicy;
import no.treklover.access.Audience;
import no.treklover.access.ConsentItem;
import no.treklover.access.CurrentUser;
import no.treklover.access.Permission;
import no.treklover.agreement.ConfidentialityDeclarations;
import no.treklover.candidate.Candidate;
import no.treklover.candidate.CandidateService;
import no.treklover.consent.ConsentService;
import no.treklover.consent.ConsentStatus;
import no.treklover.employer.EmployerRepository;
import no.treklover.platform.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What each side of the cloverleaf may see of a candidate; the access policy and the consents decide. */
@Service
public class SharedProfileService {

    private final InclusionProcessRepository processes;
    private final CandidateService candidates;
    private final EmployerRepository employers;
    private final ConsentService consents;
    private final AccessPolicy policy;
    private final ConfidentialityDeclarations declarations;

    SharedProfileService(InclusionProcessRepository processes, CandidateService candidates,
            EmployerRepository employers, ConsentService consents, AccessPolicy policy,
            ConfidentialityDeclarations declarations) {
        this.processes = processes;
        this.candidates = candidates;
        this.employers = employers;
        this.consents = consents;
        this.policy = policy;
        this.declarations = declarations;
    }

    @Transactional
    public SharedProfile profile(CurrentUser user, long processId) {
        InclusionProcess process = processes.findById(processId)
                .orElseThrow(() -> new NotFoundException("process", processId));
        policy.require(user, Permission.READ_SHARED_PROFILE, process.scope(), "shared-profile");
        return build(user, process, process.scope(), true);
    }

    /**
     * What an employer sees of a candidate booked for an interview with it at a job-fair event (issue 13): the event
     * feature has established the booking; the employer's policy then decides as for a process at its organisation,
     * with the booked employer in the case's place, so only the items she shares with employers show. No phase, no
     * workplace, no mentor: the interviewer is not (yet) part of the process. Logged like any read.
     */
    @Transactional
    public SharedProfile interviewProfile(CurrentUser user, long processId, long bookedEmployerId) {
        InclusionProcess process = processes.findById(processId)
                .orElseThrow(() -> new NotFoundException("process", processId));
        no.treklover.access.CaseScope own = process.scope();
        no.treklover.access.CaseScope interview = new no.treklover.access.CaseScope(own.candidateId(),
                own.officeId(), own.counsellorId(), null, bookedEmployerId, null);
        policy.require(user, Permission.READ_SHARED_PROFILE, interview, "shared-profile");
        return build(user, process, interview, false);
    }

    private SharedProfile build(CurrentUser user, InclusionProcess process, no.treklover.access.CaseScope scope,
            boolean withProcess) {
        long processId = process.getId();
        Candidate candidate = candidates.load(process.getCandidateId());
        // BRIEF §2: a mentor sees nothing of the candidate before signing the confidentiality declaration.
        boolean declarationRequired = policy.signsConfidentialityDeclaration(user) && !declarations.signed(processId, user.id());
        Set<ConsentItem> visible = declarationRequired ? Set.of() : policy.visibleItems(user, scope);
        List<ConsentStatus> standing = consents.sharedWith(process.getCandidateId());
        Audience own = switch (user.role()) {
            case MENTOR -> Audience.MENTOR;
            case EMPLOYER -> Audience.EMPLOYER;
            default -> null;
        };
        List<SharedProfile.SharedItem> items = new ArrayList<>();
        for (ConsentItem item : ConsentItem.values()) {
            if (!visible.contains(item)) {
                continue;
            }
            List<ConsentStatus> grants = standing.stream().filter(s -> s.item() == item)
                    .sorted(Comparator.comparing((ConsentStatus s) -> s.audience().ordinal())).toList();
            // The partner sees since when it is shared with their own side, not with the other side.
            Instant since = (own == null ? grants.stream() : grants.stream().filter(s -> s.audience() == own))
                    .map(ConsentStatus::since).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
            items.add(new SharedProfile.SharedItem(item, candidate.textOf(item),
                    grants.stream().map(ConsentStatus::audience).toList(), since,
                    grants.stream().map(s -> new SharedProfile.Grant(s.audience(), s.since())).toList()));
        }
        if (!withProcess) {
            return new SharedProfile(process.getId(), candidate.fullName(), null, null, null, items, false);
        }
        String employerName = process.getEmployerId() == null ? null
                : employers.findById(process.getEmployerId()).map(e -> e.getName()).orElse(null);
        return new SharedProfile(process.getId(), candidate.fullName(), process.getPhase(), employerName,
                process.getMentorName(), items, declarationRequired);
    }
}
