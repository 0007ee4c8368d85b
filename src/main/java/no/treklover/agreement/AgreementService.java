package no.treklover.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.treklover.access.AccessPolicy;
import no.treklover.access.AccessPolicy.AgreementAccess;
import no.treklover.access.CaseScope;
import no.treklover.access.CurrentUser;
import no.treklover.agreement.AgreementChanged.Kind;
import no.treklover.candidate.Candidate;
import no.treklover.candidate.CandidateService;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.errors.StaleVersionException;
import no.treklover.process.InclusionProcess;
import no.treklover.process.InclusionProcessRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentor agreements: create, read, edit while nobody has approved, sign, approve, withdraw, annul. Every decision
 * about who may do what is {@link AccessPolicy}'s; the order of signing is {@link SigningRules}'; every change
 * publishes an {@link AgreementChanged} for the process timeline.
 */
@Service
public class AgreementService {

    private static final String RESOURCE = "agreement";

    private final MentorAgreementRepository agreements;
    private final InclusionProcessRepository processes;
    private final CandidateService candidates;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    AgreementService(MentorAgreementRepository agreements, InclusionProcessRepository processes,
            CandidateService candidates, AccessPolicy policy, ApplicationEventPublisher events, JdbcClient jdbc,
            Clock clock) {
        this.jdbc = jdbc;
        this.agreements = agreements;
        this.processes = processes;
        this.candidates = candidates;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The counsellor or the process's employer starts an agreement; the process must have its employer and mentor
     * (400 otherwise).
     */
    @Transactional
    public long create(CurrentUser user, long processId, AgreementContent content) {
        InclusionProcess process = loadProcess(processId);
        policy.requireAgreementDrafting(user, process.scope(), true, RESOURCE);
        List<Violation> missing = new ArrayList<>();
        if (process.getEmployerId() == null) {
            missing.add(new Violation("employerId", "agreement.create.employerRequired"));
        }
        if (process.getMentorUserId() == null) {
            missing.add(new Violation("mentorUserId", "agreement.create.mentorRequired"));
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException(missing);
        }
        // One agreement in progress per process: two creates at once queue on the process row, the second sees the
        // first's agreement.
        jdbc.sql("select id from inclusion_process where id = :id for update").param("id", processId).query(Long.class)
                .single();
        Long existing = inProgress(processId);
        if (existing != null) {
            throw new AgreementInProgressException(existing);
        }
        Candidate candidate = candidates.load(process.getCandidateId());
        AgreementContent given = content != null ? content : AgreementContent.empty();
        // A party who may not see the adaptation text (no consent) cannot write it either.
        AgreementContent initial = policy.seesAgreementAdaptation(user, process.scope()) ? given
                : AgreementViews.withAdaptation(given, null);
        if (content != null && !content.equals(AgreementContent.empty())) {
            checkRules(initial, new LoadedAgreement(null, process, candidate, AgreementAccess.MANAGE, true).context());
        }
        Instant now = clock.instant();
        MentorAgreement agreement = new MentorAgreement(processId, process.getCandidateId(), process.getOfficeId(),
                process.getEmployerId(), process.getMentorUserId(), now);
        agreement.apply(initial, now);
        agreements.saveAndFlush(agreement);
        publish(agreement, Kind.CREATED, user, null);
        return agreement.getId();
    }

    /**
     * The process's agreement in progress (neither concluded nor annulled), the oldest if several; null when a new one
     * may be started. A concluded agreement that has ended, or an annulled one, does not stand in the way.
     */
    public Long inProgress(long processId) {
        return agreements.findByProcessIdOrderByCreatedAtAscIdAsc(processId).stream()
                .filter(a -> !a.isAnnulled() && !a.approvals().concluded()).map(MentorAgreement::getId).findFirst()
                .orElse(null);
    }

    /** The process's agreements this user may know of (403 if none of the process's agreements could be theirs). */
    @Transactional
    public List<LoadedAgreement> list(CurrentUser user, long processId) {
        InclusionProcess process = loadProcess(processId);
        policy.requireAgreement(user, process.scope(), true, AgreementAccess.DECLARATION_ONLY, false, RESOURCE);
        Candidate candidate = candidates.load(process.getCandidateId());
        return agreements.findByProcessIdOrderByCreatedAtAscIdAsc(processId).stream()
                .map(a -> new LoadedAgreement(a, process, candidate, policy.agreementAccess(user, scope(a, process),
                        a.approvals().mentorSignedConfidentiality()),
                        policy.seesAgreementAdaptation(user, scope(a, process))))
                .filter(loaded -> loaded.access() != AgreementAccess.NONE)
                .toList();
    }

    @Transactional
    public LoadedAgreement read(CurrentUser user, long id) {
        MentorAgreement agreement = agreements.findById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
        return authorize(user, agreement, AgreementAccess.DECLARATION_ONLY, false);
    }

    /**
     * The counsellor or the employer edits the content; only while nobody has approved (409 otherwise) and the rules
     * hold (400 naming fields).
     */
    @Transactional
    public void update(CurrentUser user, long id, long expectedVersion, AgreementContent content) {
        MentorAgreement locked = agreements.findForUpdateById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
        InclusionProcess process = loadProcess(locked.getProcessId());
        AgreementAccess access = policy.requireAgreementDrafting(user, scope(locked, process),
                locked.approvals().mentorSignedConfidentiality(), RESOURCE);
        if (locked.getVersion() != expectedVersion) {
            throw new StaleVersionException();
        }
        requireNotAnnulled(locked);
        LoadedAgreement loaded = new LoadedAgreement(locked, process, candidates.load(locked.getCandidateId()), access,
                policy.seesAgreementAdaptation(user, scope(locked, process)));
        MentorAgreement agreement = loaded.agreement();
        if (!SigningRules.contentEditable(agreement.approvals())) {
            throw new ConflictException("agreement.signing.notEditable");
        }
        AgreementContent given = content != null ? content : AgreementContent.empty();
        // A party who may not see the adaptation text (no consent) cannot change it either: what is stored stays.
        AgreementContent next = loaded.seesAdaptation() ? given
                : AgreementViews.withAdaptation(given, agreement.content().adaptation());
        checkRules(next, loaded.context());
        agreement.apply(next, clock.instant());
        agreements.flush();
        publish(agreement, Kind.UPDATED, user, null);
    }

    /** The process's mentor signs the confidentiality declaration; only then may they open the agreement. */
    @Transactional
    public void signConfidentiality(CurrentUser user, long id) {
        MentorAgreement agreement = agreements.findForUpdateById(id)
                .orElseThrow(() -> new NotFoundException(RESOURCE, id));
        authorize(user, agreement, AgreementAccess.DECLARATION_ONLY, true);
        policy.requireConfidentialitySigning(user);
        requireNotAnnulled(agreement);
        step(user, agreement, SigningRules.signConfidentiality(agreement.approvals()), Kind.CONFIDENTIALITY_SIGNED,
                null);
    }

    @Transactional
    public void approve(CurrentUser user, long id, long expectedVersion, ApprovalRole as, OnBehalfReason onBehalf) {
        LoadedAgreement loaded = forChange(user, id, expectedVersion, AgreementAccess.DECLARATION_ONLY);
        policy.requireAgreementApproval(user, as.role(), loaded.access());
        if (onBehalf != null && as != ApprovalRole.COUNSELLOR) {
            throw new RuleViolationException("onBehalfReason", "agreement.approval.onBehalfOnlyCounsellor");
        }
        MentorAgreement agreement = loaded.agreement();
        Approvals current = agreement.approvals();
        String actor = MentorAgreement.ident(user.id());
        SigningOutcome outcome = switch (as) {
            case CANDIDATE -> SigningRules.approveAsCandidate(current, complete(loaded));
            case EMPLOYER -> SigningRules.approveAsEmployer(current, complete(loaded));
            case COUNSELLOR -> SigningRules.approveAsCounsellor(current, actor, onBehalf, complete(loaded));
            case DECISION_MAKER -> SigningRules.approveAsBeslutter(current, actor);
        };
        step(user, agreement, outcome, as == ApprovalRole.DECISION_MAKER ? Kind.CONCLUDED : Kind.APPROVED, as.name());
    }

    /** A party withdraws its own approval (until conclusion); the counsellor's goes with it (SigningRules). */
    @Transactional
    public void withdraw(CurrentUser user, long id, long expectedVersion, SigningRules.Party party) {
        LoadedAgreement loaded = forChange(user, id, expectedVersion, AgreementAccess.DECLARATION_ONLY);
        policy.requireAgreementApproval(user, ApprovalRole.valueOf(party.name()).role(), loaded.access());
        MentorAgreement agreement = loaded.agreement();
        step(user, agreement, SigningRules.withdraw(agreement.approvals(), party), Kind.APPROVAL_WITHDRAWN,
                party.name());
    }

    /** The counsellor annuls with a reason a user may choose (never UTLOPT, which is the system's). */
    @Transactional
    public void annul(CurrentUser user, long id, long expectedVersion, AnnulmentReason reason) {
        LoadedAgreement loaded = forChange(user, id, expectedVersion, AgreementAccess.MANAGE);
        if (reason == null) {
            throw new RuleViolationException("reason", "validation.required");
        }
        if (!reason.choosableByUser()) {
            throw new RuleViolationException("reason", "agreement.annulment.notChoosable");
        }
        MentorAgreement agreement = loaded.agreement();
        agreement.annul(reason, clock.instant());
        agreements.flush();
        publish(agreement, Kind.ANNULLED, user, reason.name());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ExpiryRule.OSLO));
    }

    LoadedAgreement forChange(CurrentUser user, long id, long expectedVersion, AgreementAccess least) {
        MentorAgreement agreement = agreements.findForUpdateById(id)
                .orElseThrow(() -> new NotFoundException(RESOURCE, id));
        LoadedAgreement loaded = authorize(user, agreement, least, true);
        if (agreement.getVersion() != expectedVersion) {
            throw new StaleVersionException();
        }
        requireNotAnnulled(agreement);
        return loaded;
    }

    LoadedAgreement authorize(CurrentUser user, MentorAgreement agreement, AgreementAccess least,
            boolean write) {
        InclusionProcess process = loadProcess(agreement.getProcessId());
        AgreementAccess access = policy.requireAgreement(user, scope(agreement, process),
                agreement.approvals().mentorSignedConfidentiality(), least, write, RESOURCE);
        return new LoadedAgreement(agreement, process, candidates.load(agreement.getCandidateId()), access,
                policy.seesAgreementAdaptation(user, scope(agreement, process)));
    }

    private static void requireNotAnnulled(MentorAgreement agreement) {
        if (agreement.isAnnulled()) {
            throw new ConflictException("agreement.annulled");
        }
    }

    private void step(CurrentUser user, MentorAgreement agreement, SigningOutcome outcome, Kind kind,
            String detail) {
        if (!outcome.isAllowed()) {
            throw new RuleViolationException(List.of(outcome.refusal()));
        }
        agreement.apply(outcome.approvals(), user.id(), clock.instant());
        agreements.flush();
        publish(agreement, kind, user, detail);
    }

    private boolean complete(LoadedAgreement loaded) {
        return incomplete(loaded).isEmpty();
    }

    /**
     * What keeps the content from being approved or sent: every empty required field, then every broken rule, each
     * naming its field; empty when it is complete.
     */
    List<Violation> incomplete(LoadedAgreement loaded) {
        AgreementContent content = loaded.agreement().content();
        List<Violation> all = new ArrayList<>(AgreementRules.missingRequiredFields(content));
        all.addAll(AgreementRules.check(content, loaded.context(), today()));
        return all;
    }

    private void checkRules(AgreementContent content, AgreementContext context) {
        List<Violation> violations = AgreementRules.check(content, context, today());
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    private void publish(MentorAgreement agreement, Kind kind, CurrentUser user, String detail) {
        events.publishEvent(new AgreementChanged(agreement.getProcessId(), agreement.getId(), kind, user.id(),
                clock.instant(), detail));
    }

    private static CaseScope scope(MentorAgreement agreement, InclusionProcess process) {
        return agreement.scope(process.scope());
    }

    private InclusionProcess loadProcess(long id) {
        return processes.findById(id).orElseThrow(() -> new NotFoundException("process", id));
    }
}
