package no.treklover.learning;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A process's reflection notes: the page with the prompts, writing, changing and deleting one's own. */
@Controller
class ReflectionPageController {

    private final ReflectionService reflections;
    private final PeerGroupService groups;
    private final OfficeMeetingService meetings;
    private final FormSupport forms;

    ReflectionPageController(ReflectionService reflections, PeerGroupService groups, OfficeMeetingService meetings,
            FormSupport forms) {
        this.reflections = reflections;
        this.groups = groups;
        this.meetings = meetings;
        this.forms = forms;
    }

    /** The page; asked by htmx (the process page's card), only its latest notes. */
    @GetMapping("/processes/{id}/reflections")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        if ("true".equals(htmx)) {
            model.addAttribute("notes", reflections.list(user, id));
            return "learning/sections :: latest";
        }
        return page(user, id, new ReflectionForm(), model);
    }

    @PostMapping("/processes/{id}/reflections")
    String write(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("reflectionForm") ReflectionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        boolean readable = !result.hasErrors();
        if (forms.isValid(form.toDetails(), result) && readable) {
            try {
                reflections.write(user, id, form.toDetails());
                redirect.addFlashAttribute("reflectionSaved", true);
                return "redirect:/processes/" + id + "/reflections";
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            }
        }
        return page(user, id, form, model);
    }

    @GetMapping("/reflections/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        ReflectionNote note = reflections.getForEdit(user, id);
        return editPage(user, note, ReflectionForm.of(note), model);
    }

    @PostMapping("/reflections/{id}/edit")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("reflectionForm") ReflectionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        ReflectionNote note = reflections.getForEdit(user, id);
        boolean readable = !result.hasErrors();
        if (forms.isValid(form.toDetails(), result) && readable) {
            try {
                reflections.update(user, id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("reflectionSaved", true);
                return "redirect:/processes/" + note.processId() + "/reflections";
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException e) {
                model.addAttribute("conflict", true);
            }
        }
        return editPage(user, note, form, model);
    }

    @GetMapping("/reflections/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("note", reflections.getForEdit(user, id));
        return "learning/reflection-delete";
    }

    @PostMapping("/reflections/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        long processId = reflections.getForEdit(user, id).processId();
        try {
            reflections.delete(user, id, version);
            redirect.addFlashAttribute("reflectionDeleted", true);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("reflectionConflict", true);
        }
        return "redirect:/processes/" + processId + "/reflections";
    }

    private String page(CurrentUser user, long processId, ReflectionForm form, Model model) {
        model.addAttribute("notes", reflections.list(user, processId));
        model.addAttribute("processId", processId);
        model.addAttribute("reflectionForm", form);
        model.addAttribute("groups", groups.memberOf(user));
        model.addAttribute("exchanges", meetings.upcomingExchanges(user));
        return "learning/reflections";
    }

    private String editPage(CurrentUser user, ReflectionNote note, ReflectionForm form, Model model) {
        model.addAttribute("note", note);
        model.addAttribute("reflectionForm", form);
        model.addAttribute("groups", groups.memberOf(user));
        return "learning/reflection-edit";
    }
}
