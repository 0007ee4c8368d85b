package no.treklover.agreement;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import no.treklover.access.AccessPolicy.AgreementAccess;
import no.treklover.access.CurrentUser;
import no.treklover.agreement.AgreementChanged.Kind;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.RuleViolationException.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Send til partene": only when every required field is filled and the content breaks no rule (400 naming the fields
 * otherwise, so nobody is asked to look at a half-made agreement). Tells whoever's turn it is
 * ({@link AgreementNotifications#sent}): the mentor to sign the confidentiality declaration, or, once the mentor has
 * signed, the candidate and the employer to approve. One timeline entry ({@link Kind#SENT_TO_PARTIES}); the agreement
 * itself does not change.
 */
@Service
public class AgreementSending {

    private final MentorAgreementRepository agreements;
    private final AgreementService service;
    private final AgreementNotifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgreementSending(MentorAgreementRepository agreements, AgreementService service,
            AgreementNotifications notifications, ApplicationEventPublisher events, Clock clock) {
        this.agreements = agreements;
        this.service = service;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** Who was told, as a count, and whose turn it is now. */
    public record Sent(int notified, boolean toMentor) {
    }

    /** Tells whoever must act now; 400 with every missing or wrong field when the content is not complete. */
    @Transactional
    public Sent sendToParties(CurrentUser user, long agreementId) {
        MentorAgreement agreement = agreements.findById(agreementId)
                .orElseThrow(() -> new NotFoundException("agreement", agreementId));
        LoadedAgreement loaded = service.authorize(user, agreement, AgreementAccess.MANAGE, true);
        if (agreement.isAnnulled()) {
            throw new ConflictException("agreement.annulled");
        }
        if (agreement.approvals().concluded()) {
            throw new ConflictException("agreement.signing.concluded");
        }
        List<Violation> missing = service.incomplete(loaded);
        if (!missing.isEmpty()) {
            throw new RuleViolationException(missing);
        }
        Set<Long> told = notifications.sent(agreement, user.id());
        events.publishEvent(new AgreementChanged(agreement.getProcessId(), agreement.getId(), Kind.SENT_TO_PARTIES,
                user.id(), clock.instant(), String.valueOf(told.size())));
        return new Sent(told.size(), !agreement.approvals().mentorSignedConfidentiality());
    }
}
