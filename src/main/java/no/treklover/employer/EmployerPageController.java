package no.treklover.employer;

import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.web.FormSupport;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class EmployerPageController {

    private final EmployerService employers;
    private final FormSupport forms;
    private final AccessPolicy policy;

    EmployerPageController(EmployerService employers, FormSupport forms, AccessPolicy policy) {
        this.employers = employers;
        this.forms = forms;
        this.policy = policy;
    }

    @GetMapping("/employers/new")
    String form(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long returnToProcess,
            Model model) {
        policy.requireCaseCreation(user);
        EmployerForm form = new EmployerForm();
        form.setReturnToProcess(returnToProcess);
        model.addAttribute("form", form);
        return "employer/new";
    }

    @PostMapping("/employers/new")
    String register(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") EmployerForm form,
            BindingResult result) {
        if (!result.hasErrors() && forms.isValid(form.toDetails(), result)) {
            try {
                Employer employer = employers.register(user, form.toDetails());
                return form.getReturnToProcess() == null ? "redirect:/caseload"
                        : "redirect:/processes/" + form.getReturnToProcess() + "/edit?employerSearch="
                                + employer.getOrgNumber() + "&employerId=" + employer.getId();
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException e) {
                result.rejectValue("orgNumber", e.messageKey());
            }
        }
        return "employer/new";
    }
}
