package no.treklover.candidate;

import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.access.Permission;
import no.treklover.audit.AuditAction;
import no.treklover.audit.AuditLog;
import no.treklover.identifiers.NationalId;
import no.treklover.platform.LikePattern;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.UniqueViolations;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.StaleVersionException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering and changing candidates, always through the access policy. */
@Service
public class CandidateService {

    /** A search reads the name of every candidate it shows: one entry per candidate shown. */
    static final String SEARCH_RESOURCE = "candidate-search";

    private final CandidateRepository candidates;
    private final AccessPolicy policy;
    private final AuditLog audit;

    CandidateService(CandidateRepository candidates, AccessPolicy policy, AuditLog audit) {
        this.candidates = candidates;
        this.policy = policy;
        this.audit = audit;
    }

    @Transactional
    public Candidate register(CurrentUser user, CandidateDetails details) {
        policy.requireCaseCreation(user);
        if (details.nationalId() == null || details.nationalId().isBlank()) {
            throw new RuleViolationException("nationalId", "validation.required");
        }
        NationalId nationalId = NationalId.parse(details.nationalId())
                .orElseThrow(() -> new RuleViolationException("nationalId", "validation.nationalId"));
        if (candidates.findByNationalId(nationalId.digits()).isPresent()) {
            throw new ConflictException("candidate.exists");
        }
        Candidate candidate = new Candidate(nationalId.digits(), nationalId.birthDate(), user.officeId(), user.id());
        candidate.applyDetails(details);
        UniqueViolations.orConflict("candidate.exists", () -> candidates.saveAndFlush(candidate));
        audit.allowed(user, AuditAction.WRITE, "candidate", candidate.getId(), "register");
        return candidate;
    }

    @Transactional
    public CandidateView view(CurrentUser user, long id) {
        Candidate candidate = load(id);
        policy.require(user, Permission.READ_CASE, candidate.scope(), "candidate");
        return CandidateView.of(candidate, policy.permits(user, Permission.READ_ADAPTATION_NEEDS, candidate.scope()));
    }

    /** The candidate for the edit form: only for those who may change it. */
    @Transactional
    public CandidateView viewForEdit(CurrentUser user, long id) {
        Candidate candidate = load(id);
        policy.requireToView(user, Permission.EDIT_CASE, candidate.scope(), "candidate");
        return CandidateView.of(candidate, policy.permits(user, Permission.READ_ADAPTATION_NEEDS, candidate.scope()));
    }

    @Transactional
    public Candidate update(CurrentUser user, long id, long expectedVersion, CandidateDetails details) {
        Candidate candidate = load(id);
        policy.require(user, Permission.EDIT_CASE, candidate.scope(), "candidate");
        if (candidate.getVersion() != expectedVersion) {
            throw new StaleVersionException();
        }
        if (details.nationalId() != null && NationalId.parse(details.nationalId())
                .filter(given -> given.digits().equals(candidate.getNationalId())).isEmpty()) {
            throw new RuleViolationException("nationalId", "candidate.nationalIdImmutable");
        }
        candidate.applyDetails(details);
        candidates.flush();
        return candidate;
    }

    /** Candidates of the user's own office by name; lists never carry adaptation needs. */
    @Transactional
    public Page<CandidateView> searchAtOwnOffice(CurrentUser user, String search, Pageable page) {
        policy.requireCaseCreation(user);
        Page<CandidateView> found = candidates.searchAtOffice(user.officeId(), LikePattern.contains(search), page)
                .map(candidate -> CandidateView.of(candidate, false));
        String purpose = "CANDIDATE_SEARCH";
        audit.allowedForEach(user, AuditAction.READ, SEARCH_RESOURCE, found.map(CandidateView::id).toList(), purpose);
        return found;
    }

    /** The candidate with this national id at the user's office, if any; for the create-process wizard. */
    @Transactional
    public java.util.Optional<Candidate> findAtOwnOffice(CurrentUser user, NationalId nationalId) {
        policy.requireCaseCreation(user);
        return candidates.findByNationalId(nationalId.digits())
                .filter(candidate -> candidate.getOfficeId().equals(user.officeId()));
    }

    /** Full names by candidate id, in one query (for lists); unknown ids are left out. Not logged: the caller logs. */
    public java.util.Map<Long, String> fullNames(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            candidates.findAllById(new java.util.LinkedHashSet<>(ids))
                    .forEach(candidate -> names.put(candidate.getId(), candidate.fullName()));
        }
        return names;
    }

    public Candidate load(long id) {
        return candidates.findById(id).orElseThrow(() -> new NotFoundException("candidate", id));
    }
}
