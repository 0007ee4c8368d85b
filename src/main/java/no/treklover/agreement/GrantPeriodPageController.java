package no.treklover.agreement;

import java.util.EnumSet;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.agreement.AgreementResponse.Calculation;
import no.treklover.candidate.CandidateService;
import no.treklover.employer.EmployerService;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.web.FormSupport;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The beslutter's queue and decision page; the counsellor's resend and "opphev godkjenninger" from the section. */
@Controller
class GrantPeriodPageController {

    private static final int PAGE_SIZE = 20;

    private final GrantPeriodService service;
    private final GrantPeriodQueue queue;
    private final GrantPeriodSections sections;
    private final CandidateService candidates;
    private final EmployerService employers;
    private final FormSupport forms;
    private final GrantPeriodViews views;
    private final AgreementVersionService versions;

    GrantPeriodPageController(GrantPeriodService service, GrantPeriodQueue queue, GrantPeriodSections sections,
            CandidateService candidates, EmployerService employers, FormSupport forms, GrantPeriodViews views,
            AgreementVersionService versions) {
        this.versions = versions;
        this.views = views;
        this.service = service;
        this.queue = queue;
        this.sections = sections;
        this.candidates = candidates;
        this.employers = employers;
        this.forms = forms;
    }

    /** What the decision page shows. */
    /**
     * @param content the agreement as it holds for this period: the version in force on its first day, or the
     *     approved content before conclusion (the beslutter checks these facts; "Feil i faktaopplysninger")
     * @param versionNumber that version's number, or null before conclusion
     */
    record DecisionPage(GrantPeriodEntry period, MentorAgreement agreement, String candidateName, String employerName,
            AgreementContent content, Calculation calculation, GrantPeriodSections.Section section, boolean first,
            boolean decidable, String refusal, Integer versionNumber, java.time.Instant versionAt) {
    }

    /**
     * The queue. Undecided periods come in two parts, each with its count and pages: those she can decide now, and
     * later ones (from the first day of their month, or once the agreement is concluded).
     */
    @GetMapping("/beslutter")
    String queue(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) GrantPeriodStatus status,
            @RequestParam(required = false) String office, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer laterPage, Model model) {
        GrantPeriodQueue.Filter filter = new GrantPeriodQueue.Filter(status, office, page, PAGE_SIZE);
        boolean split = filter.status() == GrantPeriodStatus.UBEHANDLET;
        Page<GrantPeriodQueue.QueueRow> rows = queue.find(user, split ? filter.when(GrantPeriodQueue.When.NOW, page) : filter,
                service.today());
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("split", split);
        if (split) {
            model.addAttribute("later", queue.find(user, filter.when(GrantPeriodQueue.When.LATER, laterPage),
                    service.today()));
        }
        model.addAttribute("statuses", GrantPeriodStatus.values());
        model.addAttribute("offices", queue.officesOf(user));
        return "grantperiod/queue";
    }

    @GetMapping("/beslutter/grant-periods/{id}")
    String decision(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        GrantPeriodRejectionForm form = new GrantPeriodRejectionForm();
        return decisionPage(user, id, model, form);
    }

    @PostMapping("/beslutter/grant-periods/{id}/approval")
    String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
            Model model, RedirectAttributes redirect) {
        try {
            service.approve(user, id, version);
            redirect.addFlashAttribute("decided", "grantPeriod.decision.approved");
            return "redirect:/beslutter/grant-periods/" + id;
        } catch (RuleViolationException e) {
            model.addAttribute("approvalError", e.violations().get(0));
        } catch (ConflictException | OptimisticLockingFailureException e) {
            model.addAttribute("conflict", true);
        }
        return decisionPage(user, id, model, new GrantPeriodRejectionForm());
    }

    @PostMapping("/beslutter/grant-periods/{id}/rejection")
    String reject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("rejectionForm") GrantPeriodRejectionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                List<GrantPeriodRejectionReason> chosen = form.getReasons().stream()
                        .filter(java.util.Objects::nonNull).toList();
                service.reject(user, id, form.getVersion(), chosen.isEmpty() ? null : EnumSet.copyOf(chosen),
                        form.getExplanation());
                redirect.addFlashAttribute("decided", "grantPeriod.decision.rejected");
                return "redirect:/beslutter/grant-periods/" + id;
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException | OptimisticLockingFailureException e) {
                model.addAttribute("conflict", true);
            }
        }
        return decisionPage(user, id, model, form);
    }

    @PostMapping("/grant-periods/{id}/resubmission")
    String resubmit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
            @RequestHeader(value = HttpHeaders.REFERER, required = false) String referer,
            RedirectAttributes redirect) {
        String returnTo = back(referer);
        GrantPeriodService.LoadedPeriod done;
        try {
            done = service.resubmit(user, id, version);
            redirect.addFlashAttribute("grantPeriodMessage", "grantPeriod.section.resubmitted");
        } catch (ConflictException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("grantPeriodError", conflictKey(e));
            return "redirect:" + safe(returnTo, "/");
        }
        return "redirect:" + safe(returnTo, "/processes/" + done.agreement().getProcessId());
    }

    @PostMapping("/grant-periods/agreements/{id}/approval-revocation")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
            @RequestHeader(value = HttpHeaders.REFERER, required = false) String referer,
            RedirectAttributes redirect) {
        String returnTo = back(referer);
        try {
            service.revokeApprovals(user, id, version);
            redirect.addFlashAttribute("grantPeriodMessage", "grantPeriod.section.revoked");
        } catch (ConflictException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("grantPeriodError", conflictKey(e));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("grantPeriodError", e.violations().get(0).messageKey());
        }
        return "redirect:" + safe(returnTo, "/");
    }

    private String decisionPage(CurrentUser user, long id, Model model, GrantPeriodRejectionForm form) {
        GrantPeriodService.LoadedPeriod loaded = service.forDecision(user, id);
        GrantPeriodEntry period = loaded.period();
        MentorAgreement agreement = loaded.agreement();
        var candidate = candidates.load(agreement.getCandidateId());
        String employer = employers.find(agreement.getEmployerId()).map(e -> e.getName()).orElse("");
        var version = versions.inForceOn(agreement.getId(), period.getFromDate());
        AgreementContent content = version.map(v -> v.snapshot().content()).orElse(agreement.content());
        Violation refusal = period.getStatus() == GrantPeriodStatus.UBEHANDLET && !agreement.isAnnulled()
                ? service.refusal(user, period, agreement) : null;
        boolean decidable = period.getStatus() == GrantPeriodStatus.UBEHANDLET && !agreement.isAnnulled()
                && refusal == null;
        if (form.getVersion() == 0) {
            form.setVersion(period.getVersion());
        }
        model.addAttribute("d", new DecisionPage(period, agreement, candidate.getFirstName() + " "
                + candidate.getLastName(), employer, content, AgreementViews.calculation(content),
                sections.forAgreement(agreement.getId(), user), !agreement.approvals().concluded(), decidable,
                refusal == null ? null : views.text(refusal.messageKey(), refusal.arguments()),
                version.map(v -> v.number()).orElse(null), version.map(v -> v.changedAt()).orElse(null)));
        model.addAttribute("rejectionForm", form);
        model.addAttribute("reasons", List.of(GrantPeriodRejectionReason.values()));
        return "grantperiod/decision";
    }

    /** Back to the page the form was on: only the path of the Referer, so never another site. */
    static String back(String referer) {
        if (referer == null || referer.isBlank()) {
            return null;
        }
        try {
            java.net.URI uri = java.net.URI.create(referer.strip());
            String path = uri.getRawPath();
            return path == null || path.isEmpty() ? null : path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Only a path inside the app: never another site. */
    static String safe(String returnTo, String fallback) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
                || returnTo.contains("\r") || returnTo.contains("\n")) {
            return fallback;
        }
        return returnTo;
    }

    private static String conflictKey(RuntimeException e) {
        return e instanceof ConflictException c ? c.messageKey() : "problem.staleVersion";
    }
}
