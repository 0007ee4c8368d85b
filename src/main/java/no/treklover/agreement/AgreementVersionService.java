package no.treklover.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.treklover.access.AccessPolicy.AgreementAccess;
import no.treklover.access.CurrentUser;
import no.treklover.agreement.AgreementChanged.Kind;
import no.treklover.agreement.version.AgreementVersionRepository;
import no.treklover.agreement.version.ChangeRequest;
import no.treklover.agreement.version.ChangeRules;
import no.treklover.agreement.version.StoredVersion;
import no.treklover.agreement.version.VersionDiff;
import no.treklover.agreement.version.VersionSnapshot;
import no.treklover.agreement.version.VersionSnapshot.Approval;
import no.treklover.agreement.version.VersionSnapshot.Party;
import no.treklover.agreement.version.Versions;
import no.treklover.candidate.Candidate;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versions of a concluded agreement (BRIEF §4). Version 1 is written in the concluding transaction; after that only
 * the counsellor changes the agreement, through a targeted change ({@link ChangeRules}) that writes the new content
 * to the agreement, stores the next version, adds a timeline entry ({@link Kind#AMENDED}) and, when the grant
 * changes, publishes {@link AgreementAmended}. Reads are masked like the agreement itself ({@link AgreementViews}).
 */
@Service
public class AgreementVersionService {

    private static final String RESOURCE = "agreement-version";

    private final AgreementService agreementService;
    private final MentorAgreementRepository agreements;
    private final AgreementVersionRepository versions;
    private final AgreementViews views;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final AgreementNotifications notifications;
    private final java.time.Clock clock;

    AgreementVersionService(AgreementService agreementService, MentorAgreementRepository agreements,
            AgreementVersionRepository versions, AgreementViews views, ApplicationEventPublisher events,
            JdbcClient jdbc, AgreementNotifications notifications, java.time.Clock clock) {
        this.notifications = notifications;
        this.agreementService = agreementService;
        this.agreements = agreements;
        this.versions = versions;
        this.views = views;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Version 1, in the transaction that concludes the agreement. */
    @EventListener
    void onChange(AgreementChanged change) {
        if (change.kind() != Kind.CONCLUDED) {
            return;
        }
        MentorAgreement agreement = agreements.findById(change.agreementId())
                .orElseThrow(() -> new NotFoundException("agreement", change.agreementId()));
        if (versions.latestNumber(agreement.getId()) == 0) {
            writeFirst(agreement, change.actorId(), change.at());
        }
    }

    /** The agreement's versions; any party who may see its content (not a mentor before the declaration). */
    @Transactional
    public Versions.Listing list(CurrentUser user, long agreementId) {
        LoadedAgreement loaded = read(user, agreementId);
        MentorAgreement a = loaded.agreement();
        List<Versions.VersionSummary> summaries = versions.list(agreementId).stream().map(Versions.VersionSummary::of).toList();
        return new Versions.Listing(a.getId(), a.getProcessId(), a.status(today()), loaded.access(),
                a.getConcludedAt() != null, mayChange(loaded), a.getVersion(), summaries);
    }

    /** One version, masked for the user (404 if there is no such version). */
    @Transactional
    public Versions.View version(CurrentUser user, long agreementId, int number) {
        LoadedAgreement loaded = read(user, agreementId);
        StoredVersion v = versions.find(agreementId, number)
                .orElseThrow(() -> new NotFoundException(RESOURCE, number));
        MentorAgreement a = loaded.agreement();
        AgreementAccess access = loaded.access();
        Candidate c = loaded.candidate();
        AgreementContent full = v.snapshot().content();
        boolean seesPay = access != AgreementAccess.WITHOUT_PAY;
        String nationalId = access == AgreementAccess.WITHOUT_NATIONAL_ID ? null : c.getNationalId();
        return new Versions.View(a.getId(), a.getProcessId(), v.number(), v.changeType(), v.reason(),
                v.reasonText(), v.effectiveFrom(), v.changedBy(), v.changedByName(), v.changedAt(),
                v.number() == versions.latestNumber(agreementId), a.status(today()), access,
                new AgreementResponse.Party(c.getId(), c.getFirstName(), c.getLastName(), nationalId),
                mask(full, loaded), seesPay ? AgreementViews.calculation(full) : null, v.snapshot().approvals(),
                views.maskedFields(loaded.seesAdaptation()));
    }

    /** The fields that differ from version {@code from} to version {@code to}, among those the user may see. */
    @Transactional
    public Versions.VersionChanges changes(CurrentUser user, long agreementId, int from, int to) {
        LoadedAgreement loaded = read(user, agreementId);
        StoredVersion before = versions.find(agreementId, from).orElseThrow(() -> new NotFoundException(RESOURCE, from));
        StoredVersion after = versions.find(agreementId, to).orElseThrow(() -> new NotFoundException(RESOURCE, to));
        return new Versions.VersionChanges(agreementId, from, to, VersionDiff.between(
                mask(before.snapshot().content(), loaded), mask(after.snapshot().content(), loaded)),
                views.maskedFields(loaded.seesAdaptation()));
    }

    /** The current content for the counsellor's change form (403 for others, 409 unless concluded and in force). */
    @Transactional
    public Versions.Current current(CurrentUser user, long agreementId) {
        MentorAgreement agreement = agreements.findById(agreementId)
                .orElseThrow(() -> new NotFoundException("agreement", agreementId));
        LoadedAgreement loaded = agreementService.authorize(user, agreement, AgreementAccess.MANAGE, false);
        requireChangeable(agreement);
        return new Versions.Current(agreementId, agreement.getProcessId(), agreement.status(today()),
                agreement.content(), agreement.getVersion(), Math.max(1, versions.latestNumber(agreementId)));
    }

    /**
     * A targeted change by the counsellor: only on a concluded, not annulled agreement at the version the client
     * read (412 otherwise). Returns the new version's number.
     */
    @Transactional
    public int change(CurrentUser user, long agreementId, long expectedVersion, ChangeRequest request) {
        LoadedAgreement loaded = agreementService.forChange(user, agreementId, expectedVersion,
                AgreementAccess.MANAGE);
        MentorAgreement agreement = loaded.agreement();
        requireChangeable(agreement);
        ChangeRequest given = request != null ? request : ChangeRequest.of(null);
        LocalDate today = today();
        ChangeRules.Outcome outcome = ChangeRules.evaluate(given, agreement.content(), loaded.context(), today);
        if (!outcome.allowed()) {
            throw new RuleViolationException(outcome.violations());
        }
        Instant now = clock.instant();
        if (versions.latestNumber(agreementId) == 0) {
            // concluded before versions were kept: what it holds now is the concluded content
            writeFirst(agreement, agreement.getBeslutterApprovedBy(), agreement.getConcludedAt());
        }
        StoredVersion first = versions.find(agreementId, 1).orElseThrow();
        int number = versions.latestNumber(agreementId) + 1;
        AgreementContent before = agreement.content();
        agreement.apply(outcome.next(), now);
        agreements.flush();
        versions.insert(new StoredVersion(agreementId, number, given.type(), given.reason(),
                given.reason() == null || given.reasonText() == null || given.reasonText().isBlank() ? null
                        : given.reasonText().trim(),
                outcome.effectiveFrom(), first.snapshot().withContent(outcome.next()), user.id(), null, now));
        events.publishEvent(new AgreementChanged(agreement.getProcessId(), agreementId, Kind.AMENDED, user.id(), now,
                number + ":" + given.type().name()));
        if (given.type().changesGrant()) {
            events.publishEvent(new AgreementAmended(agreementId, number, outcome.effectiveFrom(), user.id()));
        }
        notifications.amended(agreement, number, given.type(), before, outcome.next(), outcome.effectiveFrom(),
                user.id());
        return number;
    }

    /**
     * The version in force on a day: the latest that took effect by then (version 1 before any did); empty before
     * conclusion. For the beslutter's decision page, whose access the caller has checked.
     */
    public java.util.Optional<StoredVersion> inForceOn(long agreementId, LocalDate day) {
        List<StoredVersion> all = versions.list(agreementId);
        return all.stream().filter(v -> v.effectiveFrom() == null || !v.effectiveFrom().isAfter(day))
                .max(java.util.Comparator.comparingInt(StoredVersion::number))
                .or(() -> all.stream().min(java.util.Comparator.comparingInt(StoredVersion::number)));
    }

    /** Whether the user could change the agreement now, to offer the change forms. */
    private boolean mayChange(LoadedAgreement loaded) {
        MentorAgreement a = loaded.agreement();
        return loaded.access() == AgreementAccess.MANAGE && a.getConcludedAt() != null && !a.isAnnulled();
    }

    private static void requireChangeable(MentorAgreement agreement) {
        if (agreement.isAnnulled()) {
            throw new ConflictException("agreement.annulled");
        }
        if (agreement.getConcludedAt() == null) {
            throw new ConflictException("agreementversion.notConcluded");
        }
    }

    private LoadedAgreement read(CurrentUser user, long agreementId) {
        MentorAgreement agreement = agreements.findById(agreementId)
                .orElseThrow(() -> new NotFoundException("agreement", agreementId));
        return agreementService.authorize(user, agreement, AgreementAccess.WITHOUT_PAY, false);
    }

    private void writeFirst(MentorAgreement agreement, Long actorId, Instant at) {
        VersionSnapshot snapshot = new VersionSnapshot(agreement.content(), approvals(agreement),
                agreement.getConcludedAt());
        versions.insert(new StoredVersion(agreement.getId(), 1, null, null, null, agreement.content().startDate(),
                snapshot, actorId, null, at != null ? at : clock.instant()));
    }

    /** Who signed and approved, with names as they are now (at conclusion). */
    private List<Approval> approvals(MentorAgreement a) {
        List<Approval> list = new ArrayList<>();
        if (a.getMentorSignedConfidentialityAt() != null) {
            list.add(new Approval(Party.MENTOR_CONFIDENTIALITY, a.getMentorSignedConfidentialityAt(),
                    a.getMentorUserId(), name(a.getMentorUserId()), null));
        }
        if (a.getCandidateApprovedAt() != null) {
            boolean onBehalf = a.getCandidateOnBehalfReason() != null;
            Long by = onBehalf ? a.getCounsellorApprovedBy() : null;
            String byName = onBehalf ? name(by) : candidateName(a.getCandidateId());
            list.add(new Approval(Party.CANDIDATE, a.getCandidateApprovedAt(), by, byName,
                    a.getCandidateOnBehalfReason()));
        }
        if (a.getEmployerApprovedAt() != null) {
            list.add(new Approval(Party.EMPLOYER, a.getEmployerApprovedAt(), a.getEmployerApprovedBy(),
                    name(a.getEmployerApprovedBy()), null));
        }
        if (a.getCounsellorApprovedAt() != null) {
            list.add(new Approval(Party.COUNSELLOR, a.getCounsellorApprovedAt(), a.getCounsellorApprovedBy(),
                    name(a.getCounsellorApprovedBy()), null));
        }
        if (a.getBeslutterApprovedAt() != null) {
            list.add(new Approval(Party.DECISION_MAKER, a.getBeslutterApprovedAt(), a.getBeslutterApprovedBy(),
                    name(a.getBeslutterApprovedBy()), null));
        }
        return list;
    }

    private String name(Long userId) {
        if (userId == null) {
            return null;
        }
        return jdbc.sql("select display_name from app_user where id = :id").param("id", userId)
                .query(String.class).optional().orElse(null);
    }

    private String candidateName(long candidateId) {
        return jdbc.sql("select first_name || ' ' || last_name from candidate where id = :id").param("id", candidateId)
                .query(String.class).optional().orElse(null);
    }

    /** As the reader may see it: without pay for the candidate, without adaptation text without consent. */
    private static AgreementContent mask(AgreementContent content, LoadedAgreement loaded) {
        AgreementContent paid = loaded.access() == AgreementAccess.WITHOUT_PAY
                ? AgreementViews.withoutPay(content) : content;
        return loaded.seesAdaptation() ? paid : AgreementViews.withAdaptation(paid, null);
    }

    private LocalDate today() {
        return agreementService.today();
    }
}
