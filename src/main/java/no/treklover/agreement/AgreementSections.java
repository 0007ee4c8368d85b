package no.treklover.agreement;

import java.util.List;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.agreement.AgreementResponse.Summary;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.process.InclusionProcess;
import no.treklover.process.InclusionProcessRepository;
import no.treklover.platform.text.PageLocale;
import no.treklover.platform.web.RequestMemo;
import org.springframework.stereotype.Component;

/**
 * The agreements card on other features' pages (the process page, the candidate's /my, the partners' /partner),
 * called from their templates as {@code @agreementSections.forProcess(processId, currentUser)}.
 */
@Component("agreementSections")
public class AgreementSections {

    private final AgreementService agreements;
    private final AgreementViews views;
    private final InclusionProcessRepository processes;
    private final AccessPolicy policy;
    private final org.springframework.context.MessageSource messages;

    AgreementSections(AgreementService agreements, AgreementViews views, InclusionProcessRepository processes,
            AccessPolicy policy, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.agreements = agreements;
        this.views = views;
        this.processes = processes;
        this.policy = policy;
    }

    /**
     * One agreement in the card: its summary, whether the user must act on it (the mentor's declaration), and
     * whether it waits for the user's own approval now (complete, the mentor has signed, the user has not approved).
     */
    public record Item(Summary summary, boolean declarationOnly, String approvedBy, boolean waitsForYou) {
    }

    /**
     * @param mayCreate the user may start an agreement here (counsellor or the process's employer)
     * @param missingEmployer the process has no employer yet, so no agreement can be made
     * @param inProgress the agreement in progress (neither concluded nor annulled), which a new one would have to wait
     *     for; null when a new one may be started
     */
    public record Card(long processId, List<Item> items, boolean mayCreate, boolean missingEmployer,
            boolean missingMentor, Long inProgress) {
    }

    /** "Godkjent av: kandidaten, arbeidsgiveren" or null when nobody has approved yet. */
    private String approvedBy(LoadedAgreement loaded) {
        Approvals a = loaded.agreement().approvals();
        if (loaded.access() == AccessPolicy.AgreementAccess.DECLARATION_ONLY || !a.anyApproval()) {
            return null;
        }
        java.util.List<String> parties = new java.util.ArrayList<>();
        if (a.candidateApproved()) {
            parties.add(msg("agreementPage.party.candidate"));
        }
        if (a.employerApproved()) {
            parties.add(msg("agreementPage.party.employer"));
        }
        if (a.counsellorApproved()) {
            parties.add(msg("agreementPage.party.counsellor"));
        }
        if (a.concluded()) {
            parties.add(msg("agreementPage.party.beslutter"));
        }
        return msg("agreementPage.card.approvedBy", String.join(", ", parties));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, PageLocale.current());
    }

    /** Whether the user approves this agreement as candidate or employer, and it waits for that approval now. */
    private boolean waitsForApproval(CurrentUser user, LoadedAgreement loaded, Summary summary) {
        if (!policy.approvesAgreement(user, loaded.access())) {
            return false;
        }
        Approvals a = loaded.agreement().approvals();
        boolean complete = summary.status() == AgreementStatus.MANGLER_GODKJENNING;
        return switch (ApprovalRole.of(user.role())) {
            case CANDIDATE -> SigningRules.approveAsCandidate(a, complete).isAllowed();
            case EMPLOYER -> SigningRules.approveAsEmployer(a, complete).isAllowed();
            default -> false;
        };
    }

    /** Once per request: the candidate's home page asks for it for her tasks and for the card. */
    public Card forProcess(long processId, CurrentUser user) {
        return RequestMemo.once("agreementSections.forProcess:" + processId + ":" + (user == null ? "-" : user.id()),
                () -> load(processId, user));
    }

    private Card load(long processId, CurrentUser user) {
        InclusionProcess process = processes.findById(processId).orElseThrow(() -> new NotFoundException("process",
                processId));
        // Asked first rather than caught: the page reads in one transaction, which a service's exception would
        // mark for rollback, taking the page's audit entries with it.
        AccessPolicy.AgreementAccess access = policy.agreementAccess(user, process.scope(), true);
        List<Item> items = access == AccessPolicy.AgreementAccess.NONE ? List.of()
                : agreements.list(user, processId).stream()
                        .map(a -> {
                            Summary summary = views.summary(a, agreements.today());
                            return new Item(summary, a.access() == AccessPolicy.AgreementAccess.DECLARATION_ONLY,
                                    approvedBy(a), waitsForApproval(user, a, summary));
                        })
                        .toList();
        boolean mayCreate = process.isOpen() && policy.mayDraftAgreement(user, access);
        Long inProgress = items.stream().map(Item::summary)
                .filter(s -> s.status() == AgreementStatus.PABEGYNT || s.status() == AgreementStatus.MANGLER_GODKJENNING)
                .map(Summary::id).findFirst().orElse(null);
        return new Card(processId, items, mayCreate, process.getEmployerId() == null,
                process.getMentorUserId() == null, inProgress);
    }
}
