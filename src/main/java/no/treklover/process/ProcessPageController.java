package no.treklover.process;

import jakarta.servlet.http.HttpSession;
import no.treklover.access.CurrentUser;
import no.treklover.employer.EmployerService;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.web.FormSupport;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The process page: summary, phase actions, measures, timeline, and the details form. */
@Controller
class ProcessPageController {

    private final ProcessService processes;
    private final ProcessOverviewService overviews;
    private final EmployerService employers;
    private final FormSupport forms;

    ProcessPageController(ProcessService processes, ProcessOverviewService overviews, EmployerService employers,
            FormSupport forms) {
        this.processes = processes;
        this.overviews = overviews;
        this.employers = employers;
        this.forms = forms;
    }

    /** The newest timeline entries; a process of several years has hundreds, shown on request. */
    static final int TIMELINE_SHOWN = 50;

    @GetMapping("/processes/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(name = "timeline", defaultValue = "") String timeline, Model model) {
        model.addAttribute("timelineShown", "all".equals(timeline) ? Integer.MAX_VALUE : TIMELINE_SHOWN);
        return page(user, id, model, new TransitionForm(), new MeasureForm());
    }

    @PostMapping("/processes/{id}/phase")
    String move(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("transitionForm") TransitionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                InclusionProcess moved = processes.moveTo(user, id, form.getVersion(), form.getToPhase(),
                        form.getComment());
                redirect.addFlashAttribute("movedTo", moved.getPhase());
                return "redirect:/processes/" + id;
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException | OptimisticLockingFailureException e) {
                model.addAttribute("conflict", conflictKey(e));
            }
        }
        return page(user, id, model, form, new MeasureForm());
    }

    @PostMapping("/processes/{id}/measures")
    String addMeasure(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("measureForm") MeasureForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                processes.addMeasure(user, id, form.getVersion(), form.getType(), form.getStartDate(),
                        form.getEndDate());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/processes/" + id + "#measures";
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException | OptimisticLockingFailureException e) {
                model.addAttribute("conflict", conflictKey(e));
            }
        }
        return page(user, id, model, new TransitionForm(), form);
    }

    /** Removing a measure asks first and says what happens (without JavaScript too); the POST below removes it. */
    @GetMapping("/processes/{id}/measures/{measureId}/delete")
    String confirmRemoveMeasure(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long measureId, Model model) {
        model.addAttribute("measure", processes.getMeasureForEdit(user, id, measureId));
        model.addAttribute("process", processes.getForEdit(user, id));
        return "process/remove-measure";
    }

    @PostMapping("/processes/{id}/measures/{measureId}/delete")
    String removeMeasure(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long measureId, @RequestParam long version, Model model, RedirectAttributes redirect) {
        try {
            processes.removeMeasure(user, id, version, measureId);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/processes/" + id + "#measures";
        } catch (ConflictException | OptimisticLockingFailureException e) {
            model.addAttribute("conflict", conflictKey(e));
            return page(user, id, model, new TransitionForm(), new MeasureForm());
        }
    }

    /**
     * The details form. {@code employerId} preselects an employer (the one just registered from this form), and a
     * draft kept while the counsellor registered it comes back with every field as typed.
     */
    @GetMapping("/processes/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String employerSearch, @RequestParam(required = false) Long employerId,
            HttpSession session, Model model) {
        ProcessForm stored = ProcessForm.of(processes.getForEdit(user, id));
        ProcessForm form = ProcessFormDrafts.take(session, id).orElse(stored);
        model.addAttribute("draftKept", form != stored);
        if (employerId != null) {
            form.setEmployerId(employerId);
        }
        return editPage(user, id, form, employerSearch, model);
    }

    /**
     * Saves the details; or, for the employer search inside the form ({@code searchEmployer}), shows the form again
     * with every field as typed and the employers found (htmx swaps only the list); or, for "Registrer ny
     * arbeidsgiver" ({@code registerEmployer}), keeps the draft and goes to the employer register, which returns here.
     */
    @PostMapping("/processes/{id}/edit")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("processForm") ProcessForm form, BindingResult result,
            @RequestParam(required = false) String employerSearch,
            @RequestParam(required = false) String searchEmployer,
            @RequestParam(required = false) String registerEmployer, HttpSession session, Model model,
            RedirectAttributes redirect) {
        if (registerEmployer != null) {
            processes.getForEdit(user, id);
            ProcessFormDrafts.keep(session, id, form);
            return "redirect:/employers/new?returnToProcess=" + id;
        }
        if (searchEmployer != null) {
            return editPage(user, id, form, employerSearch, model);
        }
        if (!result.hasErrors() && forms.isValid(form.toDetails(), result)) {
            try {
                processes.updateDetails(user, id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/processes/" + id;
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException | OptimisticLockingFailureException e) {
                model.addAttribute("conflict", conflictKey(e));
            }
        }
        return editPage(user, id, form, employerSearch, model);
    }

    /** The counsellor's working page; the candidate has their own (/my), the partners theirs (/shared). */
    private String page(CurrentUser user, long id, Model model, TransitionForm transition, MeasureForm measure) {
        processes.getForEdit(user, id);
        ProcessOverview overview = overviews.overview(user, id);
        model.addAttribute("o", overview);
        model.addAttribute("transitionForm", transition);
        model.addAttribute("measureForm", measure);
        model.addAttribute("measureTypes", MeasureType.values());
        model.addAttribute("commentMaxLength", PhaseTransitionRules.MAX_COMMENT_LENGTH);
        return "process/detail";
    }

    private String editPage(CurrentUser user, long id, ProcessForm form, String employerSearch, Model model) {
        InclusionProcess process = processes.get(user, id);
        model.addAttribute("process", process);
        model.addAttribute("processForm", form);
        model.addAttribute("employerSearch", employerSearch);
        model.addAttribute("employers", employers.search(user, employerSearch, PageRequest.of(0, 200)).getContent());
        if (form.getEmployerId() != null) {
            model.addAttribute("currentEmployer", employers.find(form.getEmployerId()).orElse(null));
        }
        model.addAttribute("attachments", Attachment.values());
        model.addAttribute("initiatives", Initiative.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("followUpStatuses", FollowUpStatus.values());
        model.addAttribute("attachmentsAtEnd", AttachmentAtEnd.values());
        return "process/edit";
    }

    private static String conflictKey(RuntimeException e) {
        return e instanceof ConflictException c ? c.messageKey() : "problem.staleVersion";
    }
}
