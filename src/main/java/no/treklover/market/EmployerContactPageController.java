package no.treklover.market;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.employer.Employer;
import no.treklover.employer.EmployerService;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.text.NorwegianFormat;
import no.treklover.platform.web.FormSupport;
import no.treklover.platform.web.PageBounds;
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

/**
 * The employer's contact log page (log and plan from it, with the warning), choosing an employer for a new contact,
 * edit and delete (with a confirm page, no script needed), and the market workspace.
 */
@Controller
class EmployerContactPageController {

    static final int LOG_PAGE_ROWS = 50;
    private static final int CHOICES = 10;

    private final EmployerContactService contacts;
    private final EmployerService employers;
    private final AccessPolicy policy;
    private final FormSupport forms;
    private final Clock clock;

    EmployerContactPageController(EmployerContactService contacts, EmployerService employers, AccessPolicy policy,
            FormSupport forms, Clock clock) {
        this.contacts = contacts;
        this.employers = employers;
        this.policy = policy;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/market")
    String workspace(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("workspace", contacts.workspace(user));
        return "market/workspace";
    }

    @GetMapping("/employers/{id}/contacts")
    String log(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Integer page, Model model) {
        return logPage(user, id, PageBounds.clampPage(page), newInput(), model);
    }

    @PostMapping("/employers/{id}/contacts")
    String create(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("employerContactForm") EmployerContactInput input, BindingResult result, Model model,
            RedirectAttributes redirect) {
        policy.requireEmployerContactLogging(user);
        // the record's rules too when some input could not be read, so every error shows at once
        boolean readable = !result.hasErrors();
        if (forms.isValid(input.toDetails(), result) && readable) {
            List<ContactLine> warnings = contacts.warnings(user, id);
            if (!input.confirmed(warnings)) {
                input.showWarnings(warnings);
                model.addAttribute("confirming", true);
                return logPage(user, id, 0, input, model);
            }
            try {
                EmployerContactService.Logged logged = contacts.log(user, id, input.toDetails());
                redirect.addFlashAttribute("contactSaved", logged.contact().isPlanned() ? "planned" : "logged");
                return "redirect:/employers/" + id + "/contacts";
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            }
        }
        return logPage(user, id, 0, input, model);
    }

    /**
     * A new contact from the workspace: search an employer by name or organisation number, choose it, and the form
     * and its warnings appear (htmx swaps them in; without script the choice is a link to this page).
     */
    @GetMapping("/employer-contacts/new")
    String choose(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) Long employerId, Model model) {
        policy.requireEmployerContactLogging(user);
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("choices",
                    employers.search(user, q.strip(), PageRequest.of(0, CHOICES)).getContent());
        }
        if (employerId != null) {
            Employer employer = employers.get(user, employerId);
            List<ContactLine> warnings = contacts.warnings(user, employerId);
            EmployerContactInput input = newInput();
            input.showWarnings(warnings);
            model.addAttribute("employer", employer);
            model.addAttribute("warnings", warnings);
            model.addAttribute("employerContactForm", input);
            options(model);
        }
        return "market/new";
    }

    @GetMapping("/employer-contacts/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        EmployerContact contact = contacts.getForChange(user, id);
        return editPage(user, contact, EmployerContactInput.of(contact), model);
    }

    @PostMapping("/employer-contacts/{id}/edit")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("employerContactForm") EmployerContactInput input, BindingResult result, Model model,
            RedirectAttributes redirect) {
        EmployerContact contact = contacts.getForChange(user, id);
        boolean readable = !result.hasErrors();
        if (forms.isValid(input.toDetails(), result) && readable) {
            try {
                contacts.update(user, id, input.getVersion(), input.toDetails());
                redirect.addFlashAttribute("contactSaved", "changed");
                return "redirect:/employers/" + contact.getEmployerId() + "/contacts";
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException | OptimisticLockingFailureException e) {
                model.addAttribute("conflict", true);
            }
        }
        return editPage(user, contact, input, model);
    }

    @GetMapping("/employer-contacts/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        EmployerContact contact = contacts.getForChange(user, id);
        model.addAttribute("line", contacts.get(user, id));
        model.addAttribute("version", contact.getVersion());
        return "market/delete";
    }

    @PostMapping("/employer-contacts/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        EmployerContact contact = contacts.getForChange(user, id);
        long employerId = contact.getEmployerId();
        try {
            contacts.delete(user, id, version);
            redirect.addFlashAttribute("contactSaved", "deleted");
        } catch (ConflictException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("contactConflict", true);
        }
        return "redirect:/employers/" + employerId + "/contacts";
    }

    private EmployerContactInput newInput() {
        EmployerContactInput input = new EmployerContactInput();
        input.setContactedAt(LocalDateTime.now(clock.withZone(NorwegianFormat.OSLO)).truncatedTo(ChronoUnit.MINUTES));
        return input;
    }

    private String logPage(CurrentUser user, long employerId, int page, EmployerContactInput input, Model model) {
        EmployerContactService.LogPage log = contacts.log(user, employerId, page, LOG_PAGE_ROWS);
        model.addAttribute("log", log);
        model.addAttribute("employer", log.employer());
        if (policy.mayLogEmployerContacts(user)) {
            List<ContactLine> warnings = contacts.warnings(user, employerId);
            if (!model.containsAttribute("confirming")) {
                input.showWarnings(warnings);
            }
            model.addAttribute("warnings", warnings);
            model.addAttribute("employerContactForm", input);
            model.addAttribute("mayLog", true);
        }
        options(model);
        return "market/log";
    }

    private String editPage(CurrentUser user, EmployerContact contact, EmployerContactInput input, Model model) {
        model.addAttribute("contact", contact);
        model.addAttribute("employer", employers.get(user, contact.getEmployerId()));
        model.addAttribute("employerContactForm", input);
        options(model);
        return "market/edit";
    }

    private static void options(Model model) {
        model.addAttribute("kinds", EmployerContactKind.values());
        model.addAttribute("contactForms", EmployerContactForm.values());
        model.addAttribute("purposes", EmployerContactPurpose.values());
    }
}
