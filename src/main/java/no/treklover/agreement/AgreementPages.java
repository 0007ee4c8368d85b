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
            String adaptationWarning) {

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
        if (open && role != null) {
            boolean approved = switch (role) {
                case CANDIDATE -> approvals.candidateApproved();
                case EMPLOYER -> approvals.employerApproved();
                case COUNSELLOR -> approvals.counsellorApproved();
                case DECISION_MAKER -> !approvals.counsellorApproved();
            };
            boolean waitsForContent = (role == ApprovalRole.CANDIDATE || role == ApprovalRole.EMPLOYER)
                    && a.missingFields() != null && !a.missingFields().isEmpty();
            if (!approved) {
                approveAs = waitsForContent ? null : role;
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
                manage && !m.isAnnulled(), manage && open, seesPay, parties(m),
                access == AgreementAccess.DECLARATION_ONLY ? List.of() : next(m, a),
                seesPay && a.content() != null ? calculations.of(a.content()) : null,
                manage ? adaptationSharing(m.getCandidateId(), "agreementPage.adaptation.notShared.")
                        : access == AgreementAccess.WITHOUT_PAY
                                ? adaptationSharing(m.getCandidateId(), "agreementPage.adaptation.candidate.") : null);
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
