package no.treklover.opportunity;

import jakarta.servlet.http.HttpServletResponse;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.web.FormSupport;
import no.treklover.platform.web.PageBounds;
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

/**
 * The opportunities' pages: the list with filters, one opportunity, writing and editing (field-level errors, a
 * conflict message on a stale version, what was typed kept), the status change. All work without JavaScript.
 */
@Controller
class OpportunityPageController {

    static final int PAGE_SIZE = 25;

    private final OpportunityService opportunities;
    private final FormSupport forms;

    OpportunityPageController(OpportunityService opportunities, FormSupport forms) {
        this.opportunities = opportunities;
        this.forms = forms;
    }

    @GetMapping("/opportunities")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) OpportunityStatus status,
            @RequestParam(required = false) OpportunityType type, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String employer, @RequestParam(required = false) Integer page,
            Model model) {
        OpportunityFilter filter = new OpportunityFilter(status, type, municipality, employer);
        model.addAttribute("filter", filter);
        model.addAttribute("result", opportunities.list(user, filter, PageBounds.clampPage(page), PAGE_SIZE));
        model.addAttribute("statuses", OpportunityStatus.values());
        model.addAttribute("types", OpportunityType.values());
        model.addAttribute("mayWriteAny", opportunities.mayWriteAny(user));
        return "opportunity/list";
    }

    /** A new opportunity: the market side first picks the employer (a search, no script); the employer has its own. */
    @GetMapping("/opportunities/new")
    String newOpportunity(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long employerId,
            @RequestParam(required = false) String employerSearch, Model model) {
        Long employer = user.employerId() != null ? user.employerId() : employerId;
        if (employer == null) {
            if (!opportunities.mayWriteAny(user)) {
                throw new no.treklover.platform.errors.ForbiddenException(user.username() + " may not write here");
            }
            model.addAttribute("employerSearch", employerSearch);
            model.addAttribute("employers", opportunities.searchEmployers(user, employerSearch));
            return "opportunity/choose-employer";
        }
        if (!opportunities.mayWrite(user, employer)) {
            throw new no.treklover.platform.errors.ForbiddenException(user.username() + " may not write here");
        }
        OpportunityForm form = new OpportunityForm();
        form.setEmployerId(employer);
        form.setHireChance(HireChance.UNKNOWN);
        return form(form, null, model);
    }

    @PostMapping("/opportunities")
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("opportunityForm") OpportunityForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        boolean readable = !result.hasErrors();
        if (forms.isValid(form.toDetails(), result) && readable) {
            try {
                Opportunity o = opportunities.create(user, form.toDetails());
                redirect.addFlashAttribute("opportunitySaved", true);
                return "redirect:/opportunities/" + o.getId();
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            }
        }
        return form(form, null, model);
    }

    @GetMapping("/opportunities/{id}")
    String view(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("view", opportunities.view(user, id));
        return "opportunity/opportunity";
    }

    @GetMapping("/opportunities/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Opportunity o = opportunities.get(user, id);
        if (!opportunities.mayWrite(user, o.getEmployerId())) {
            throw new no.treklover.platform.errors.ForbiddenException(user.username() + " may not edit " + id);
        }
        return form(OpportunityForm.of(o), id, model);
    }

    @PostMapping("/opportunities/{id}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("opportunityForm") OpportunityForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        boolean readable = !result.hasErrors();
        Opportunity current = opportunities.get(user, id);
        form.setEmployerId(current.getEmployerId());
        if (forms.isValid(form.toDetails(), result) && readable) {
            try {
                opportunities.update(user, id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("opportunitySaved", true);
                return "redirect:/opportunities/" + id;
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException | OptimisticLockingFailureException e) {
                model.addAttribute("conflict", true);
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(form, id, model);
    }

    @PostMapping("/opportunities/{id}/status")
    String status(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) OpportunityStatus status, @RequestParam long version, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            opportunities.changeStatus(user, id, version, status);
            redirect.addFlashAttribute("opportunityStatus", status.name());
            return "redirect:/opportunities/" + id;
        } catch (RuleViolationException e) {
            model.addAttribute("statusInvalid", true);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (ConflictException | OptimisticLockingFailureException e) {
            model.addAttribute("conflict", true);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        model.addAttribute("view", opportunities.view(user, id));
        return "opportunity/opportunity";
    }

    private String form(OpportunityForm form, Long id, Model model) {
        model.addAttribute("opportunityForm", form);
        model.addAttribute("opportunityId", id);
        model.addAttribute("employerName", opportunities.employerName(form.getEmployerId()));
        model.addAttribute("subUnits", opportunities.subUnits(form.getEmployerId()));
        model.addAttribute("types", OpportunityType.values());
        model.addAttribute("hireChances", HireChance.values());
        model.addAttribute("counties", Counties.ALL);
        model.addAttribute("constraints", WorkConstraint.values());
        return "opportunity/form";
    }
}
