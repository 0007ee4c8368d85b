package no.treklover.agreement;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import no.treklover.access.AccessPolicy;
import no.treklover.access.AccessPolicy.AgreementAccess;
import no.treklover.access.Audience;
import no.treklover.access.ConsentItem;
import no.treklover.access.ConsentRegistry;
import no.treklover.access.CurrentUser;
import no.treklover.access.UserAccount;
import no.treklover.access.UserAccountRepository;
import no.treklover.employer.Employer;
import no.treklover.employer.EmployerService;
import no.treklover.platform.errors.ForbiddenException;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.text.PageLocale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the agreement page shows to the user asking, built from {@link AgreementService} (which decides access and
 * logs it) and {@link AgreementViews} (which masks): which parts and which buttons. The buttons are only offered;
 * the service decides again when they are pressed.
 */
@Component
public class AgreementPages {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm");

    private final AgreementService agreements;
    private final AgreementViews views;
    private final CalculationSteps calculations;
    private final AccessPolicy policy;
    private final UserAccountRepository users;
    private final EmployerService employers;
    private final ConsentRegistry consents;
    private final MessageSource messages;

    AgreementPages(AgreementService agreements, AgreementViews views, CalculationSteps calculations,
            AccessPolicy policy, UserAccountRepository users, EmployerService employers, ConsentRegistry consents,
            MessageSource messages) {
        this.consents = consents;
        this.agreements = agreements;
        this.views = views;
        this.calculations = calculations;
        this.policy = policy;
        this.users = users;
        this.employers = employers;
        this.messages = messages;
    }

    /**
     * A field that keeps the agreement from being sent or approved: its name, the id of its input on the form
     * ({@code candidateContact-phone}), its label and what is wrong.
     */
    public record Missing(String field, String id, String label, String message) {
    }

    /** One line of the signing panel: a party, whether it is done, when and by whom. */
    public record PartyState(String party, boolean done, String when, String by, String note) {
    }

    /**
     * @param editable the user may change the content now (counsellor or employer, nobody has approved)
     * @param approveAs the party the user may approve as now, or null
     * @param withdrawAs the party whose approval the user may withdraw now, or null
     * @param adaptationWarning whom the candidate does not share adaptation needs with, beside the adaptation text: a
     *     warning for the counsellor, a note for the candidate; null when she shares them with mentor and employer
     */
    public record Page(AgreementResponse a, AgreementAccess access, String candidateName, String employerName,
            String mentorName, boolean editable, boolean canSign, ApprovalRole approveAs,
            SigningRules.Party withdrawAs, boolean canAnnul, boolean canSend, boolean seesPay,
            List<PartyState> parties, List<String> next, CalculationSteps.View calculation,
            String adaptationWarning, String waiting, List<Missing> sendMissing) {

        /** The adaptation text is left out for this reader: the candidate has not consented to share it. */
        public boolean adaptationMasked() {
            return a.maskedFields() != null
                    && a.maskedFields().stream().anyMatch(m -> AgreementViews.ADAPTATION.equals(m.field()));
        }

        /** Why a masked field is empty, in Norwegian. */
        public String notSharedText() {
            return a.maskedFields() == null || a.maskedFields().isEmpty() ? null : a.maskedFields().get(0).message();
        }

        public boolean annulled() {
            return a.annulledAt() != null;
        }

        public boolean concluded() {
            return a.concludedAt() != null;
        }

        public boolean candidateView() {
            return access == AgreementAccess.WITHOUT_PAY;
        }

        public boolean declarationOnly() {
            return access == AgreementAccess.DECLARATION_ONLY;
        }
    }

    Page page(CurrentUser user, long id) {
        LoadedAgreement loaded = agreements.read(user, id);
        return page(user, loaded, views.response(loaded, agreements.today()));
    }

    /** The live calculation from what the form holds; only for those who see the pay. */
    CalculationSteps.View calculation(CurrentUser user, long id, AgreementContent content) {
        LoadedAgreement loaded = agreements.read(user, id);
        if (!seesPay(loaded.access())) {
            throw new ForbiddenException(user.username() + " does not see the pay of agreement " + id);
        }
        return calculations.of(content);
    }

    CalculationSteps.View calculationOf(AgreementContent content) {
        return calculations.of(content);
    }

    AgreementForm form(Page page) {
        return AgreementForm.of(page.a().content() == null ? AgreementContent.empty() : page.a().content(),
                page.a().version());
    }

    private Page page(CurrentUser user, LoadedAgreement loaded, AgreementResponse a) {
        AgreementAccess access = loaded.access();
        MentorAgreement m = loaded.agreement();
        Approvals approvals = m.approvals();
        boolean open = !m.isAnnulled() && !approvals.concluded();
        boolean editable = open && SigningRules.contentEditable(approvals) && policy.mayDraftAgreement(user, access);
        boolean canSign = open && policy.signsConfidentialityDeclaration(user)
                && access == AgreementAccess.DECLARATION_ONLY;
        ApprovalRole role = partyOf(user, access);
        ApprovalRole approveAs = null;
        SigningRules.Party withdrawAs = null;
        String waiting = null;
        List<Violation> incomplete = open ? agreements.incomplete(loaded) : List.of();
        if (open && role != null) {
            boolean approved = switch (role) {
                case CANDIDATE -> approvals.candidateApproved();
                case EMPLOYER -> approvals.employerApproved();
                case COUNSELLOR -> approvals.counsellorApproved();
                case DECISION_MAKER -> false;
            };
            if (!approved) {
                // Only a button that will work: otherwise say whose turn it is (SigningRules' order).
                waiting = waitingFor(role, approvals, !incomplete.isEmpty());
                approveAs = waiting == null ? role : null;
            } else if (role != ApprovalRole.DECISION_MAKER
                    && !(role == ApprovalRole.CANDIDATE && approvals.candidateOnBehalfReason() != null)) {
                withdrawAs = SigningRules.Party.valueOf(role.name());
            }
        }
        boolean manage = access == AgreementAccess.MANAGE;
        boolean seesPay = seesPay(access);
        String employerName = m.getEmployerId() == null ? null
                : employers.find(m.getEmployerId()).map(Employer::getName).orElse(null);
        String mentorName = m.getMentorUserId() == null ? null
                : users.findById(m.getMentorUserId()).map(UserAccount::getDisplayName).orElse(null);
        String candidateName = access == AgreementAccess.DECLARATION_ONLY ? null
                : loaded.candidate().getFirstName() + " " + loaded.candidate().getLastName();
        return new Page(a, access, candidateName, employerName, mentorName, editable, canSign, approveAs, withdrawAs,
                manage && !m.isAnnulled(), manage && open && someoneToTell(approvals), seesPay, parties(m),
                access == AgreementAccess.DECLARATION_ONLY ? List.of() : next(m, a),
                seesPay && a.content() != null ? calculations.of(a.content()) : null,
                manage ? adaptationSharing(m.getCandidateId(), "agreementPage.adaptation.notShared.")
                        : access == AgreementAccess.WITHOUT_PAY
                                ? adaptationSharing(m.getCandidateId(), "agreementPage.adaptation.candidate.") : null,
                waiting, manage && open ? missing(incomplete) : List.of());
    }

    /**
     * What withdrawing this party's approval does, in the order it happens, for the page that asks first: the own
     * approval goes; the counsellor's with it (she approves last), and with hers the grant period waiting for the
     * beslutter and an approval she gave for the candidate; the content can be changed again once nobody has
     * approved; the agreement must be approved again before it can be concluded.
     */
    List<String> withdrawalConsequences(Page page, SigningRules.Party party) {
        AgreementResponse.ApprovalsView a = page.a().approvals();
        Approvals before = new Approvals(a.mentorSignedConfidentialityAt() != null, a.candidateApprovedAt() != null,
                a.candidateOnBehalfReason(), a.employerApprovedAt() != null,
                a.counsellorApprovedAt() == null ? null : "counsellor", null);
        SigningOutcome outcome = SigningRules.withdraw(before, party);
        List<String> lines = new ArrayList<>();
        lines.add(msg("agreementPage.withdrawConfirm.own." + party.name()));
        if (before.counsellorApproved()) {
            if (party != SigningRules.Party.COUNSELLOR) {
                lines.add(msg("agreementPage.withdrawConfirm.counsellorToo"));
            } else if (before.candidateOnBehalfReason() != null) {
                lines.add(msg("agreementPage.withdrawConfirm.onBehalfToo"));
            }
            lines.add(msg("agreementPage.withdrawConfirm.periods"));
        }
        if (outcome.isAllowed() && !outcome.approvals().anyApproval()) {
            lines.add(msg("agreementPage.withdrawConfirm.editable"));
        }
        lines.add(msg("agreementPage.withdrawConfirm.again"));
        return lines;
    }

    /** "Send til partene" tells someone: the mentor has not signed, or candidate or employer has not approved. */
    private static boolean someoneToTell(Approvals a) {
        return !a.mentorSignedConfidentiality() || !a.candidateApproved() || !a.employerApproved();
    }

    /**
     * Why this party cannot approve yet, or null when the approval will be accepted: the mentor's declaration first,
     * then complete content, the employer before the counsellor (who may approve for the candidate), the counsellor
     * before the beslutter.
     */
    static String waitingKey(ApprovalRole role, Approvals a, boolean incomplete) {
        if (role == ApprovalRole.DECISION_MAKER) {
            return a.counsellorApproved() ? null : "agreementPage.waiting.counsellor";
        }
        if (!a.mentorSignedConfidentiality()) {
            return "agreementPage.waiting.mentor";
        }
        if (incomplete) {
            return role == ApprovalRole.COUNSELLOR ? "agreementPage.waiting.fieldsOwn" : "agreementPage.waiting.fields";
        }
        if (role == ApprovalRole.COUNSELLOR && !a.employerApproved()) {
            return "agreementPage.waiting.employer";
        }
        return null;
    }

    private String waitingFor(ApprovalRole role, Approvals a, boolean incomplete) {
        String key = waitingKey(role, a, incomplete);
        return key == null ? null : msg(key);
    }

    /** The violations as fields of the form, each with its label; a rule about no field of the form keeps its text. */
    private List<Missing> missing(List<Violation> violations) {
        return violations.stream().map(v -> new Missing(v.field(), v.field().replace('.', '-'),
                msg("agreementPage.field." + v.field()),
                messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), CalculationSteps.NORWEGIAN)))
                .toList();
    }

    /**
     * The counsellor writes the adaptation text that mentor and employer read only with the candidate's consent:
     * which of them the candidate does not share adaptation needs with now, as a warning to the counsellor or a note
     * to the candidate ({@code prefix}); null if she shares them with both.
     */
    private String adaptationSharing(long candidateId, String prefix) {
        boolean employer = consents.sharedWith(candidateId, Audience.EMPLOYER).contains(ConsentItem.ADAPTATION_NEEDS);
        boolean mentor = consents.sharedWith(candidateId, Audience.MENTOR).contains(ConsentItem.ADAPTATION_NEEDS);
        if (employer && mentor) {
            return null;
        }
        String whom = employer ? "MENTOR" : mentor ? "EMPLOYER" : "BOTH";
        return msg(prefix + whom);
    }

    private static boolean seesPay(AgreementAccess access) {
        return access != AgreementAccess.WITHOUT_PAY && access != AgreementAccess.DECLARATION_ONLY
                && access != AgreementAccess.NONE;
    }

    /** The party this user signs as in this agreement: their own role, if the policy lets them approve with it. */
    private ApprovalRole partyOf(CurrentUser user, AgreementAccess access) {
        return policy.approvesAgreement(user, access) ? ApprovalRole.of(user.role()) : null;
    }

    private List<PartyState> parties(MentorAgreement m) {
        List<PartyState> list = new ArrayList<>();
        list.add(state("mentor", m.getMentorSignedConfidentialityAt(), m.getMentorUserId(), null));
        list.add(state("candidate", m.getCandidateApprovedAt(), m.getCandidateOnBehalfReason() != null
                ? m.getCounsellorApprovedBy() : users.findByCandidateId(m.getCandidateId()).stream().findFirst()
                        .map(UserAccount::getId).orElse(null), m.getCandidateOnBehalfReason() == null ? null
                : msg("agreementPage.party.onBehalf", msg(m.getCandidateOnBehalfReason().messageKey()))));
        list.add(state("employer", m.getEmployerApprovedAt(), m.getEmployerApprovedBy(), null));
        list.add(state("counsellor", m.getCounsellorApprovedAt(), m.getCounsellorApprovedBy(), null));
        list.add(state("beslutter", m.getBeslutterApprovedAt(), m.getBeslutterApprovedBy(), null));
        return list;
    }

    private PartyState state(String party, Instant at, Long by, String note) {
        String name = at == null || by == null ? null
                : users.findById(by).map(UserAccount::getDisplayName).orElse(null);
        return new PartyState(msg("agreementPage.party." + party), at != null,
                at == null ? null : WHEN.format(at.atZone(OSLO)), name, note);
    }

    /** What is still missing before the agreement is concluded, in the order it must happen. */
    private List<String> next(MentorAgreement m, AgreementResponse a) {
        List<String> next = new ArrayList<>();
        if (m.isAnnulled() || m.approvals().concluded()) {
            return next;
        }
        Approvals ap = m.approvals();
        if (!ap.mentorSignedConfidentiality()) {
            next.add(msg("agreementPage.next.mentor"));
        }
        if (a.missingFields() != null && !a.missingFields().isEmpty()) {
            next.add(msg("agreementPage.next.fields", a.missingFields().size()));
        }
        if (!ap.candidateApproved()) {
            next.add(msg("agreementPage.next.candidate"));
        }
        if (!ap.employerApproved()) {
            next.add(msg("agreementPage.next.employer"));
        }
        if (!ap.counsellorApproved()) {
            next.add(msg("agreementPage.next.counsellor"));
        }
        next.add(msg("agreementPage.next.beslutter"));
        return next;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, PageLocale.current());
    }
}
