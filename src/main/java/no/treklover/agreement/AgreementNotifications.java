package no.treklover.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.treklover.access.Role;
import no.treklover.access.UserAccount;
import no.treklover.access.UserAccountRepository;
import no.treklover.agreement.AgreementResponse.Calculation;
import no.treklover.agreement.version.ChangeType;
import no.treklover.candidate.Candidate;
import no.treklover.candidate.CandidateService;
import no.treklover.notification.NotificationRequested;
import no.treklover.platform.text.NorwegianFormat;
import no.treklover.process.InclusionProcessRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whose turn it is in a mentor agreement: a notification to a party exactly when it must act, or when what it sees
 * changed, in the publisher's transaction ({@link NotificationRequested}):
 * <ul>
 * <li>sent to the parties: the mentor, to sign the confidentiality declaration; candidate and employer only once the
 * mentor has signed (before, their approval would fail);</li>
 * <li>the mentor signed: candidate and employer, to approve, when the content is complete;</li>
 * <li>candidate and employer have both approved: the process's counsellor, to approve last;</li>
 * <li>concluded: every party; a new version: each party who sees what changed (the employer what its grant is now).</li>
 * </ul>
 * The candidate is named only for those who may see her name (never the mentor before the declaration); she herself
 * gets texts about "your" agreement. Dates and amounts are written with {@link NorwegianFormat}.
 */
@Component
class AgreementNotifications {

    static final String MENTOR_SIGN = "agreementTurn.mentor.sign";
    static final String CANDIDATE_APPROVE = "agreementTurn.candidate.approve";
    static final String EMPLOYER_APPROVE = "agreementTurn.employer.approve";
    static final String COUNSELLOR_APPROVE = "agreementTurn.counsellor.approve";
    static final String CONCLUDED_OWN = "agreementTurn.concluded.own";
    static final String CONCLUDED = "agreementTurn.concluded";
    static final String AMENDED_OWN = "agreementTurn.amended.own";
    static final String AMENDED = "agreementTurn.amended";
    static final String AMENDED_GRANT = "agreementTurn.amended.grant";

    private final MentorAgreementRepository agreements;
    private final InclusionProcessRepository processes;
    private final UserAccountRepository users;
    private final CandidateService candidates;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    AgreementNotifications(MentorAgreementRepository agreements, InclusionProcessRepository processes,
            UserAccountRepository users, CandidateService candidates, ApplicationEventPublisher events,
            MessageSource messages) {
        this.agreements = agreements;
        this.processes = processes;
        this.users = users;
        this.candidates = candidates;
        this.events = events;
        this.messages = messages;
    }

    /**
     * "Send til partene" (the content is complete): whoever's turn it is now. Returns whom it told; the sender is
     * never among them.
     */
    Set<Long> sent(MentorAgreement agreement, long senderId) {
        Set<Long> told = new LinkedHashSet<>();
        Approvals a = agreement.approvals();
        if (!a.mentorSignedConfidentiality()) {
            if (agreement.getMentorUserId() != null && agreement.getMentorUserId() != senderId) {
                notify(agreement.getMentorUserId(), MENTOR_SIGN, List.of(), agreement);
                told.add(agreement.getMentorUserId());
            }
            return told;
        }
        told.addAll(askPartiesToApprove(agreement, senderId));
        return told;
    }

    @EventListener
    void on(AgreementChanged change) {
        switch (change.kind()) {
            case CONFIDENTIALITY_SIGNED -> {
                MentorAgreement agreement = load(change);
                if (AgreementRules.allRequiredFilled(agreement.content())) {
                    askPartiesToApprove(agreement, change.actorId());
                }
            }
            case APPROVED -> {
                MentorAgreement agreement = load(change);
                Approvals a = agreement.approvals();
                boolean partyApproved = ApprovalRole.CANDIDATE.name().equals(change.detail())
                        || ApprovalRole.EMPLOYER.name().equals(change.detail());
                if (partyApproved && a.candidateApproved() && a.employerApproved() && !a.counsellorApproved()) {
                    Long counsellor = processes.findById(agreement.getProcessId()).map(p -> p.getCounsellorId())
                            .orElse(null);
                    if (counsellor != null && !counsellor.equals(change.actorId())) {
                        notify(counsellor, COUNSELLOR_APPROVE, List.of(candidateName(agreement)), agreement);
                    }
                }
            }
            case CONCLUDED -> concluded(load(change), change.actorId());
            default -> {
            }
        }
    }

    /** A new version: each party who sees what changed; the employer and the counsellor with the grant. */
    void amended(MentorAgreement agreement, int number, ChangeType type, AgreementContent before,
            AgreementContent after, java.time.LocalDate effectiveFrom, long actorId) {
        String what = text(type.messageKey()).toLowerCase(NorwegianFormat.NORWEGIAN);
        String name = candidateName(agreement);
        Calculation calculation = type.changesGrant() ? AgreementViews.calculation(after) : null;
        for (long employer : employerUsers(agreement)) {
            if (calculation != null) {
                notify(employer, AMENDED_GRANT, List.of(name, NorwegianFormat.date(effectiveFrom),
                        NorwegianFormat.amount(calculation.monthlyTotal()),
                        NorwegianFormat.period(after.startDate(), after.endDate()), String.valueOf(number)), agreement);
            } else {
                notify(employer, AMENDED, List.of(name, what, String.valueOf(number)), agreement);
            }
        }
        if (agreement.getMentorUserId() != null && agreement.approvals().mentorSignedConfidentiality()) {
            notify(agreement.getMentorUserId(), AMENDED, List.of(name, what, String.valueOf(number)), agreement);
        }
        if (candidateSeesChange(before, after)) {
            for (long candidate : candidateUsers(agreement)) {
                notify(candidate, AMENDED_OWN, List.of(what, String.valueOf(number)), agreement);
            }
        }
    }

    /** What the candidate's own page shows of the agreement (never the pay, rates or contacts). */
    static boolean candidateSeesChange(AgreementContent before, AgreementContent after) {
        return !Objects.equals(before.mentorFirstName(), after.mentorFirstName())
                || !Objects.equals(before.mentorLastName(), after.mentorLastName())
                || !Objects.equals(before.tasks(), after.tasks())
                || !same(before.hoursPerMonth(), after.hoursPerMonth())
                || !Objects.equals(before.startDate(), after.startDate())
                || !Objects.equals(before.endDate(), after.endDate())
                || !Objects.equals(before.followUp(), after.followUp())
                || !Objects.equals(before.adaptation(), after.adaptation());
    }

    private static boolean same(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private void concluded(MentorAgreement agreement, Long actorId) {
        AgreementContent c = agreement.content();
        String period = NorwegianFormat.period(c.startDate(), c.endDate());
        String name = candidateName(agreement);
        Set<Long> named = new LinkedHashSet<>();
        if (agreement.getMentorUserId() != null) {
            named.add(agreement.getMentorUserId());
        }
        named.addAll(employerUsers(agreement));
        processes.findById(agreement.getProcessId()).map(p -> p.getCounsellorId()).ifPresent(named::add);
        named.remove(actorId);
        for (long recipient : named) {
            notify(recipient, CONCLUDED, List.of(name, period), agreement);
        }
        for (long candidate : candidateUsers(agreement)) {
            notify(candidate, CONCLUDED_OWN, List.of(period), agreement);
        }
    }

    /** Candidate and employer who have not approved yet, when the mentor has signed: it is their turn. */
    private Set<Long> askPartiesToApprove(MentorAgreement agreement, Long actorId) {
        Set<Long> told = new LinkedHashSet<>();
        Approvals a = agreement.approvals();
        if (!a.candidateApproved()) {
            candidateUsers(agreement).stream().filter(id -> !id.equals(actorId)).forEach(id -> {
                notify(id, CANDIDATE_APPROVE, List.of(), agreement);
                told.add(id);
            });
        }
        if (!a.employerApproved()) {
            String name = candidateName(agreement);
            employerUsers(agreement).stream().filter(id -> !id.equals(actorId)).forEach(id -> {
                notify(id, EMPLOYER_APPROVE, List.of(name), agreement);
                told.add(id);
            });
        }
        return told;
    }

    private List<Long> employerUsers(MentorAgreement agreement) {
        if (agreement.getEmployerId() == null) {
            return List.of();
        }
        return users.findByEmployerIdAndRole(agreement.getEmployerId(), Role.EMPLOYER).stream()
                .filter(UserAccount::isEnabled).map(UserAccount::getId).toList();
    }

    private List<Long> candidateUsers(MentorAgreement agreement) {
        return new ArrayList<>(users.findByCandidateId(agreement.getCandidateId()).stream()
                .filter(UserAccount::isEnabled).map(UserAccount::getId).toList());
    }

    private String candidateName(MentorAgreement agreement) {
        Candidate c = candidates.load(agreement.getCandidateId());
        return c.getFirstName() + " " + c.getLastName();
    }

    private void notify(long recipient, String key, List<String> arguments, MentorAgreement agreement) {
        events.publishEvent(new NotificationRequested(recipient, key, arguments, "/agreements/" + agreement.getId(),
                agreement.getProcessId()));
    }

    private MentorAgreement load(AgreementChanged change) {
        return agreements.findById(change.agreementId()).orElseThrow();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, NorwegianFormat.NORWEGIAN);
    }
}
