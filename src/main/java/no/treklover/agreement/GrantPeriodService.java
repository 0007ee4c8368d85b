package no.treklover.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.treklover.access.AccessPolicy;
import no.treklover.access.AccessPolicy.AgreementAccess;
import no.treklover.access.CaseScope;
import no.treklover.access.CurrentUser;
import no.treklover.agreement.AgreementChanged.Kind;
import no.treklover.agreement.AgreementResponse.Calculation;
import no.treklover.candidate.Candidate;
import no.treklover.candidate.CandidateService;
import no.treklover.notification.NotificationRequested;
import no.treklover.platform.text.NorwegianFormat;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.errors.StaleVersionException;
import no.treklover.process.InclusionProcess;
import no.treklover.process.InclusionProcessRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grant periods of mentor agreements (BRIEF §4): made when the counsellor approves, decided by a beslutter of the
 * agreement's office who is not the approving counsellor, recalculated after an amendment. Who may do what is
 * {@link AccessPolicy}'s, what may happen {@link GrantPeriodRules}'; every decision is an {@link AgreementChanged}
 * for the timeline.
 */
@Service
public class GrantPeriodService {

    static final String RESOURCE = "grant-period";

    private final GrantPeriodEntryRepository periods;
    private final MentorAgreementRepository agreements;
    private final InclusionProcessRepository processes;
    private final AgreementService agreementService;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final GrantPeriodNotifications decidable;
    private final CandidateService candidates;
    private final Clock clock;

    GrantPeriodService(GrantPeriodEntryRepository periods, MentorAgreementRepository agreements,
            InclusionProcessRepository processes, AgreementService agreementService, AccessPolicy policy,
            ApplicationEventPublisher events, GrantPeriodNotifications decidable, CandidateService candidates,
            Clock clock) {
        this.decidable = decidable;
        this.candidates = candidates;
        this.periods = periods;
        this.agreements = agreements;
        this.processes = processes;
        this.agreementService = agreementService;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** An agreement with its periods, oldest first (superseded ones included), as one who may see pay sees it. */
    public record AgreementPeriods(MentorAgreement agreement, AgreementAccess access, List<GrantPeriodEntry> periods) {

        /** The latest rejection of any of its periods, or null. */
        public GrantPeriodEntry latestRejection() {
            return periods.stream().filter(p -> p.getRejectedAt() != null)
                    .max(Comparator.comparing(GrantPeriodEntry::getRejectedAt)).orElse(null);
        }
    }

    /** A period with its agreement, for a decision or a counsellor's action. */
    public record LoadedPeriod(GrantPeriodEntry period, MentorAgreement agreement, AgreementAccess access) {
    }

    /**
     * The agreement's periods for those who may see pay: the counsellor's office, the employer and the beslutter of
     * the office; never the candidate or the mentor (403).
     */
    @Transactional
    public AgreementPeriods list(CurrentUser user, long agreementId) {
        MentorAgreement agreement = agreements.findById(agreementId)
                .orElseThrow(() -> new NotFoundException("agreement", agreementId));
        AgreementAccess access = policy.requireAgreement(user, scope(agreement),
                agreement.approvals().mentorSignedConfidentiality(), AgreementAccess.READ, false, RESOURCE);
        return new AgreementPeriods(agreement, access, periods.findByAgreementIdOrderByFromDateAscIdAsc(agreementId));
    }

    /** Whether this user may see the agreement's periods; asks without logging (for showing a section or not). */
    public boolean maySee(CurrentUser user, long agreementId) {
        return agreements.findById(agreementId).map(a -> {
            AgreementAccess access = policy.agreementAccess(user, scope(a), a.approvals().mentorSignedConfidentiality());
            return access == AgreementAccess.READ || access == AgreementAccess.MANAGE;
        }).orElse(false);
    }

    /** One period with its agreement for a beslutter of the agreement's office (the decision page). */
    @Transactional
    public LoadedPeriod forDecision(CurrentUser user, long periodId) {
        GrantPeriodEntry period = periods.findById(periodId).orElseThrow(() -> new NotFoundException(RESOURCE,
                periodId));
        MentorAgreement agreement = agreements.findById(period.getAgreementId()).orElseThrow();
        requireBeslutter(user, agreement, false);
        return new LoadedPeriod(period, agreement, AgreementAccess.READ);
    }

    /**
     * The beslutter approves. The first period of an agreement that is not concluded yet concludes it, through the
     * agreement's own signing rule ({@link SigningRules#approveAsBeslutter}), which also approves the period.
     */
    @Transactional
    public LoadedPeriod approve(CurrentUser user, long periodId, Long expectedVersion) {
        LoadedPeriod loaded = lockForDecision(user, periodId, expectedVersion);
        GrantPeriodEntry period = loaded.period();
        MentorAgreement agreement = loaded.agreement();
        if (!agreement.approvals().concluded()) {
            agreementService.approve(user, agreement.getId(), agreement.getVersion(), ApprovalRole.DECISION_MAKER,
                    null);
        } else {
            period.approve(user.id(), clock.instant());
            periods.flush();
            publish(agreement, Kind.GRANT_PERIOD_APPROVED, user.id(), String.valueOf(period.getSequenceNumber()));
        }
        return new LoadedPeriod(period, agreement, loaded.access());
    }

    /**
     * The beslutter rejects with reasons and an explanation. The first period withdraws the counsellor's approval
     * (the agreement waits for approval again); a later one waits for the counsellor to resend it. The counsellor
     * who approved is notified.
     */
    @Transactional
    public LoadedPeriod reject(CurrentUser user, long periodId, Long expectedVersion,
            Set<GrantPeriodRejectionReason> reasons, String explanation) {
        LoadedPeriod loaded = lockForDecision(user, periodId, expectedVersion);
        List<Violation> invalid = GrantPeriodRules.checkRejection(reasons, explanation);
        if (!invalid.isEmpty()) {
            throw new RuleViolationException(invalid);
        }
        GrantPeriodEntry period = loaded.period();
        MentorAgreement agreement = loaded.agreement();
        Instant now = clock.instant();
        Long counsellor = agreement.getCounsellorApprovedBy();
        period.reject(user.id(), reasons, explanation, now);
        if (GrantPeriodRules.rejectionEffect(agreement.approvals().concluded())
                == GrantPeriodRules.RejectionEffect.WITHDRAW_COUNSELLOR_APPROVAL) {
            SigningOutcome withdrawn = SigningRules.withdraw(agreement.approvals(), SigningRules.Party.COUNSELLOR);
            if (!withdrawn.isAllowed()) {
                throw new RuleViolationException(List.of(withdrawn.refusal()));
            }
            agreement.apply(withdrawn.approvals(), user.id(), now);
            annulWaiting(agreement.getId(), now);
        }
        periods.flush();
        agreements.flush();
        String reasonCodes = reasons.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        publish(agreement, Kind.GRANT_PERIOD_REJECTED, user.id(), period.getSequenceNumber() + ":" + reasonCodes);
        long recipient = counsellor != null ? counsellor : process(agreement).getCounsellorId();
        Candidate candidate = candidates.load(agreement.getCandidateId());
        events.publishEvent(new NotificationRequested(recipient, "grantPeriod.notification.rejectedPeriod",
                List.of(String.valueOf(period.getSequenceNumber()),
                        NorwegianFormat.period(period.getFromDate(), period.getToDate()),
                        candidate.getFirstName() + " " + candidate.getLastName()),
                "/processes/" + agreement.getProcessId(), agreement.getProcessId()));
        return new LoadedPeriod(period, agreement, loaded.access());
    }

    /** The counsellor resends a rejected later period after correcting what was wrong. */
    @Transactional
    public LoadedPeriod resubmit(CurrentUser user, long periodId, Long expectedVersion) {
        Long agreementId = periods.agreementIdOf(periodId).orElseThrow(() -> new NotFoundException(RESOURCE,
                periodId));
        MentorAgreement agreement = agreements.findForUpdateById(agreementId).orElseThrow();
        requireAgreement(user, agreement, AgreementAccess.MANAGE, true);
        GrantPeriodEntry period = periods.findForUpdateById(periodId).orElseThrow();
        requireVersion(period, expectedVersion);
        requireNotAnnulled(agreement);
        Violation refusal = GrantPeriodRules.refuseResubmission(period.getStatus(),
                agreement.approvals().concluded());
        if (refusal != null) {
            throw new ConflictException(refusal.messageKey());
        }
        period.resubmit(clock.instant());
        periods.flush();
        publish(agreement, Kind.GRANT_PERIOD_RESUBMITTED, user.id(), String.valueOf(period.getSequenceNumber()));
        // Back in the queue: the beslutters are told again, now if its month has begun, else on its first day.
        decidable.forget(period.getId());
        decidable.notifyDecidable(agreement.getId());
        return new LoadedPeriod(period, agreement, AgreementAccess.MANAGE);
    }

    /**
     * "Opphev godkjenninger": the counsellor withdraws every approval of an agreement not yet concluded, so its
     * content can be corrected; waiting periods go with them.
     */
    @Transactional
    public long revokeApprovals(CurrentUser user, long agreementId, Long expectedVersion) {
        MentorAgreement agreement = agreements.findForUpdateById(agreementId)
                .orElseThrow(() -> new NotFoundException("agreement", agreementId));
        requireAgreement(user, agreement, AgreementAccess.MANAGE, true);
        if (expectedVersion == null) {
            throw no.treklover.platform.errors.PreconditionException.missing();
        }
        if (agreement.getVersion() != expectedVersion) {
            throw new StaleVersionException();
        }
        requireNotAnnulled(agreement);
        SigningOutcome outcome = GrantPeriodRules.revokeAllApprovals(agreement.approvals());
        if (!outcome.isAllowed()) {
            throw new RuleViolationException(List.of(outcome.refusal()));
        }
        Instant now = clock.instant();
        agreement.apply(outcome.approvals(), user.id(), now);
        annulWaiting(agreementId, now);
        agreements.flush();
        publish(agreement, Kind.APPROVALS_REVOKED, user.id(), null);
        return agreement.getVersion();
    }

    // ------------------------------------------------------------------ what other changes do to the periods

    /** The counsellor's approval makes the periods; withdrawals and annulment remove the waiting ones. */
    @EventListener
    void onAgreementChanged(AgreementChanged change) {
        switch (change.kind()) {
            case APPROVED -> {
                if (ApprovalRole.COUNSELLOR.name().equals(change.detail())) {
                    generate(change.agreementId(), change.at());
                    decidable.notifyDecidable(change.agreementId());
                }
            }
            case APPROVAL_WITHDRAWN, ANNULLED -> annulWaiting(change.agreementId(), change.at());
            case CONCLUDED -> {
                approveFirst(change);
                decidable.notifyDecidable(change.agreementId());
            }
            default -> {
            }
        }
    }

    /** An amendment from a date: periods before it stay, those from it on are replaced ({@link GrantPeriodRules}). */
    @EventListener
    void onAgreementAmended(AgreementAmended amended) {
        MentorAgreement agreement = agreements.findById(amended.agreementId())
                .orElseThrow(() -> new NotFoundException("agreement", amended.agreementId()));
        AgreementContent content = agreement.content();
        Calculation calculation = AgreementViews.calculation(content);
        List<GrantPeriodEntry> all = periods.findByAgreementIdOrderByFromDateAscIdAsc(agreement.getId());
        List<GrantPeriodEntry> active = all.stream().filter(p -> p.getStatus().active()).toList();
        GrantPeriodRules.Recalculation plan = GrantPeriodRules.recalculate(
                active.stream().map(GrantPeriodEntry::existing).toList(), content.startDate(), content.endDate(),
                calculation == null ? null : calculation.monthlyTotal(), amended.effectiveFrom());
        Instant now = clock.instant();
        Map<Long, GrantPeriodEntry> byId = active.stream()
                .collect(Collectors.toMap(GrantPeriodEntry::getId, Function.identity()));
        plan.supersede().forEach(id -> byId.get(id).annul(now));
        List<GrantPeriodEntry> kept = new ArrayList<>(plan.keep().stream().map(byId::get).toList());
        for (GrantPeriodRules.Planned planned : plan.create()) {
            kept.add(periods.save(new GrantPeriodEntry(agreement.getId(), 1, planned, now)));
        }
        renumber(kept);
        periods.flush();
        decidable.notifyDecidable(agreement.getId());
        events.publishEvent(new AgreementChanged(agreement.getProcessId(), agreement.getId(),
                Kind.GRANT_PERIODS_RECALCULATED, amended.actorId(), now,
                amended.versionNumber() + ":" + amended.effectiveFrom()));
    }

    private void generate(long agreementId, Instant now) {
        MentorAgreement agreement = agreements.findById(agreementId).orElseThrow();
        AgreementContent content = agreement.content();
        Calculation calculation = AgreementViews.calculation(content);
        if (calculation == null || calculation.periods().isEmpty()) {
            return;
        }
        for (GrantPeriodEntry old : periods.findByAgreementIdOrderByFromDateAscIdAsc(agreementId)) {
            if (old.getStatus().active() && old.getStatus() != GrantPeriodStatus.GODKJENT) {
                old.annul(now);
            }
        }
        List<GrantPeriodRules.Planned> planned = calculation.periods().stream()
                .map(p -> new GrantPeriodRules.Planned(p.from(), p.to(), p.amount(), calculation.monthlyTotal()))
                .toList();
        int sequence = 1;
        for (GrantPeriodRules.Planned p : planned) {
            periods.save(new GrantPeriodEntry(agreementId, sequence++, p, now));
        }
        periods.flush();
    }

    /** The agreement was concluded (here or through the approvals endpoint): its first period is approved. */
    private void approveFirst(AgreementChanged change) {
        List<GrantPeriodEntry> active = activeOf(change.agreementId());
        if (active.isEmpty()) {
            generate(change.agreementId(), change.at());
            active = activeOf(change.agreementId());
        }
        if (active.isEmpty() || change.actorId() == null) {
            return;
        }
        GrantPeriodEntry first = active.get(0);
        if (first.getStatus() == GrantPeriodStatus.UBEHANDLET) {
            first.approve(change.actorId(), change.at());
            periods.flush();
            events.publishEvent(new AgreementChanged(change.processId(), change.agreementId(),
                    Kind.GRANT_PERIOD_APPROVED, change.actorId(), change.at(),
                    String.valueOf(first.getSequenceNumber())));
        }
    }

    private void annulWaiting(long agreementId, Instant now) {
        MentorAgreement agreement = agreements.findById(agreementId).orElse(null);
        if (agreement != null && agreement.approvals().concluded() && !agreement.isAnnulled()) {
            return;
        }
        periods.findByAgreementIdOrderByFromDateAscIdAsc(agreementId).stream()
                .filter(p -> p.getStatus() == GrantPeriodStatus.UBEHANDLET)
                .forEach(p -> p.annul(now));
        periods.flush();
    }

    private List<GrantPeriodEntry> activeOf(long agreementId) {
        return periods.findByAgreementIdOrderByFromDateAscIdAsc(agreementId).stream()
                .filter(p -> p.getStatus().active()).toList();
    }

    private static void renumber(List<GrantPeriodEntry> active) {
        List<GrantPeriodEntry> sorted = active.stream().sorted(Comparator.comparing(GrantPeriodEntry::getFromDate))
                .toList();
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).getSequenceNumber() != i + 1) {
                sorted.get(i).renumber(i + 1);
            }
        }
    }

    // ------------------------------------------------------------------ access and state checks

    /**
     * Locks the agreement, then the period (so two decisions on one period queue up and the second sees the first's
     * version); checks the beslutter's access, the If-Match version and the decision rules.
     */
    private LoadedPeriod lockForDecision(CurrentUser user, long periodId, Long expectedVersion) {
        Long agreementId = periods.agreementIdOf(periodId).orElseThrow(() -> new NotFoundException(RESOURCE,
                periodId));
        MentorAgreement agreement = agreements.findForUpdateById(agreementId).orElseThrow();
        requireBeslutter(user, agreement, true);
        GrantPeriodEntry period = periods.findForUpdateById(periodId).orElseThrow();
        requireVersion(period, expectedVersion);
        requireNotAnnulled(agreement);
        if (period.getStatus() != GrantPeriodStatus.UBEHANDLET) {
            throw new ConflictException("grantPeriod.decision.notPending");
        }
        Violation refusal = refusal(user, period, agreement);
        if (refusal != null) {
            throw new RuleViolationException(List.of(refusal));
        }
        return new LoadedPeriod(period, agreement, AgreementAccess.READ);
    }

    /** Why this beslutter may not decide the period now ({@link GrantPeriodRules#refuseDecision}); null if they may. */
    public Violation refusal(CurrentUser user, GrantPeriodEntry period, MentorAgreement agreement) {
        List<GrantPeriodEntry> active = activeOf(agreement.getId());
        boolean first = !active.isEmpty() && Objects.equals(active.get(0).getId(), period.getId());
        return GrantPeriodRules.refuseDecision(new GrantPeriodRules.Decision(period.getStatus(), first,
                period.getFromDate(), agreement.approvals().concluded(), agreement.approvals().counsellorApprovedBy(),
                MentorAgreement.ident(user.id()), agreementService.today()));
    }

    /** The beslutter of the agreement's office ({@link AccessPolicy#requireGrantPeriodDecision}). */
    private void requireBeslutter(CurrentUser user, MentorAgreement agreement, boolean write) {
        policy.requireGrantPeriodDecision(user, scope(agreement), agreement.approvals().mentorSignedConfidentiality(),
                write, RESOURCE);
    }

    private AgreementAccess requireAgreement(CurrentUser user, MentorAgreement agreement, AgreementAccess least,
            boolean write) {
        return policy.requireAgreement(user, scope(agreement), agreement.approvals().mentorSignedConfidentiality(),
                least, write, RESOURCE);
    }

    private static void requireVersion(GrantPeriodEntry period, Long expectedVersion) {
        if (expectedVersion == null) {
            throw no.treklover.platform.errors.PreconditionException.missing();
        }
        if (period.getVersion() != expectedVersion) {
            throw new StaleVersionException();
        }
    }

    private static void requireNotAnnulled(MentorAgreement agreement) {
        if (agreement.isAnnulled()) {
            throw new ConflictException("agreement.annulled");
        }
    }

    private void publish(MentorAgreement agreement, Kind kind, Long actorId, String detail) {
        events.publishEvent(new AgreementChanged(agreement.getProcessId(), agreement.getId(), kind, actorId,
                clock.instant(), detail));
    }

    private CaseScope scope(MentorAgreement agreement) {
        InclusionProcess process = process(agreement);
        return agreement.scope(process.scope());
    }

    private InclusionProcess process(MentorAgreement agreement) {
        return processes.findById(agreement.getProcessId())
                .orElseThrow(() -> new NotFoundException("process", agreement.getProcessId()));
    }

    LocalDate today() {
        return agreementService.today();
    }
}
