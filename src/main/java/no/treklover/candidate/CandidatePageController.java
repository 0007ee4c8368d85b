package no.treklover.candidate;

import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.web.FormSupport;
import org.springframework.dao.OptimisticLockingFailureException;
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

@Controller
class CandidatePageController {

    private final CandidateService candidates;
    private final FormSupport forms;

    CandidatePageController(CandidateService candidates, FormSupport forms) {
        this.candidates = candidates;
        this.forms = forms;
    }

    @GetMapping("/candidates/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Long process, Model model) {
        return page(user, id, process, CandidateForm.of(candidates.viewForEdit(user, id)), model);
    }

    @PostMapping("/candidates/{id}/edit")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Long process, @ModelAttribute("form") CandidateForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        CandidateView current = candidates.viewForEdit(user, id);
        form.setNationalId(current.nationalId());
        if (!current.adaptationNeedsVisible()) {
            form.setAdaptationNeeds(null);
        }
        if (!result.hasErrors() && forms.isValid(form.toDetails(), result)) {
            try {
                candidates.update(user, id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("saved", true);
                return process == null ? "redirect:/" : "redirect:/processes/" + process;
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException | OptimisticLockingFailureException e) {
                model.addAttribute("conflict", e instanceof ConflictException c ? c.messageKey()
                        : "problem.staleVersion");
            }
        }
        return page(user, id, process, form, model);
    }

    private String page(CurrentUser user, long id, Long process, CandidateForm form, Model model) {
        model.addAttribute("candidate", candidates.viewForEdit(user, id));
        model.addAttribute("process", process);
        model.addAttribute("form", form);
        model.addAttribute("effortGroups", EffortGroup.values());
        return "candidate/edit";
    }
}
