package no.treklover.contact;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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

/** The contact log page of a process, logging from it and from the process page's quick form, edit and delete. */
@Controller
class ContactPageController {

    private final ContactService contacts;
    private final ContactSections sections;
    private final FormSupport forms;
    private final Clock clock;

    ContactPageController(ContactService contacts, ContactSections sections, FormSupport forms, Clock clock) {
        this.contacts = contacts;
        this.sections = sections;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/processes/{id}/contacts")
    String log(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "0") int page, Model model) {
        ContactEntryForm form = new ContactEntryForm();
        form.setOccurredAt(LocalDateTime.now(clock.withZone(ContactEntry.OSLO)).truncatedTo(ChronoUnit.MINUTES));
        return logPage(user, id, page, form, model);
    }

    @PostMapping("/processes/{id}/contacts")
    String create(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("contactForm") ContactEntryForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        // the record's rules too when some input could not be read, so every error shows at once
        boolean readable = !result.hasErrors();
        if (forms.isValid(form.toDetails(), result) && readable) {
            try {
                contacts.log(user, id, form.toDetails());
                redirect.addFlashAttribute("contactSaved", true);
                return form.backToProcess() ? "redirect:/processes/" + id + "#contacts"
                        : "redirect:/processes/" + id + "/contacts";
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            }
        }
        return logPage(user, id, 0, form, model);
    }

    @GetMapping("/contacts/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        ContactEntry entry = contacts.getForEdit(user, id);
        return editPage(entry, ContactEntryForm.of(entry), model);
    }

    @PostMapping("/contacts/{id}/edit")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("contactForm") ContactEntryForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        ContactEntry entry = contacts.getForEdit(user, id);
        // the record's rules too when some input could not be read, so every error shows at once
        boolean readable = !result.hasErrors();
        if (forms.isValid(form.toDetails(), result) && readable) {
            try {
                contacts.update(user, id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("contactSaved", true);
                return "redirect:/processes/" + entry.getProcessId() + "/contacts";
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException | OptimisticLockingFailureException e) {
                model.addAttribute("conflict", true);
            }
        }
        return editPage(entry, form, model);
    }

    /** Deleting asks first and says what happens (without JavaScript too); the POST below deletes. */
    @GetMapping("/contacts/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("entry", contacts.getForEdit(user, id));
        return "contact/delete";
    }

    @PostMapping("/contacts/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        ContactEntry entry = contacts.getForEdit(user, id);
        long processId = entry.getProcessId();
        try {
            contacts.delete(user, id, version);
            redirect.addFlashAttribute("contactDeleted", true);
        } catch (ConflictException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("contactConflict", true);
        }
        return "redirect:/processes/" + processId + "/contacts";
    }

    private String logPage(CurrentUser user, long processId, int page, ContactEntryForm form, Model model) {
        model.addAttribute("card", sections.full(processId, user, page));
        model.addAttribute("contactForm", form);
        model.addAttribute("processId", processId);
        options(model);
        return "contact/log";
    }

    private String editPage(ContactEntry entry, ContactEntryForm form, Model model) {
        model.addAttribute("entry", entry);
        model.addAttribute("contactForm", form);
        options(model);
        return "contact/edit";
    }

    private static void options(Model model) {
        model.addAttribute("counterparts", Counterpart.values());
        model.addAttribute("contactForms", ContactForm.values());
        model.addAttribute("initiators", Initiator.values());
    }
}
