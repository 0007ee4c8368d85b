package no.treklover.agreement;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.treklover.access.AccessPolicy;
import no.treklover.access.AccessPolicy.AgreementAccess;
import no.treklover.access.CurrentUser;
import no.treklover.access.Role;
import no.treklover.access.UserAccount;
import no.treklover.access.UserAccountRepository;
import no.treklover.agreement.AgreementChanged.Kind;
import no.treklover.notification.NotificationRequested;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.process.InclusionProcess;
import no.treklover.process.InclusionProcessRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Send til partene": the counsellor asks the mentor (to sign the confidentiality declaration), the employer's
 * representatives and the candidate (to approve) to look at the agreement. One {@link NotificationRequested} per
 * recipient and one timeline entry ({@link Kind#SENT_TO_PARTIES}); the agreement itself does not change.
 */
@Service
public class AgreementSending {

    static final String MESSAGE_KEY = "agreementPage.notification.sent";

    private final MentorAgreementRepository agreements;
    private final InclusionProcessRepository processes;
    private final UserAccountRepository users;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgreementSending(MentorAgreementRepository agreements, InclusionProcessRepository processes,
            UserAccountRepository users, AccessPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.agreements = agreements;
        this.processes = processes;
        this.users = users;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** Notifies mentor, employer representatives and candidate; returns how many users were notified. */
    @Transactional
    public int sendToParties(CurrentUser user, long agreementId) {
        MentorAgreement agreement = agreements.findById(agreementId)
                .orElseThrow(() -> new NotFoundException("agreement", agreementId));
        InclusionProcess process = processes.findById(agreement.getProcessId())
                .orElseThrow(() -> new NotFoundException("process", agreement.getProcessId()));
        policy.requireAgreement(user, agreement.scope(process.scope()),
                agreement.approvals().mentorSignedConfidentiality(), AgreementAccess.MANAGE, true, "agreement");
        if (agreement.isAnnulled()) {
            throw new ConflictException("agreement.annulled");
        }
        Set<Long> recipients = new LinkedHashSet<>();
        if (agreement.getMentorUserId() != null) {
            recipients.add(agreement.getMentorUserId());
        }
        if (agreement.getEmployerId() != null) {
            users.findByEmployerIdAndRole(agreement.getEmployerId(), Role.EMPLOYER).stream()
                    .map(UserAccount::getId).forEach(recipients::add);
        }
        users.findByCandidateId(agreement.getCandidateId()).stream().map(UserAccount::getId)
                .forEach(recipients::add);
        recipients.remove(user.id());
        String link = "/agreements/" + agreement.getId();
        for (long recipient : recipients) {
            events.publishEvent(new NotificationRequested(recipient, MESSAGE_KEY, List.of(), link,
                    agreement.getProcessId()));
        }
        events.publishEvent(new AgreementChanged(agreement.getProcessId(), agreement.getId(), Kind.SENT_TO_PARTIES,
                user.id(), clock.instant(), String.valueOf(recipients.size())));
        return recipients.size();
    }
}
