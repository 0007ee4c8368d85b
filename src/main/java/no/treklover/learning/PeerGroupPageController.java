package no.treklover.learning;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's peer groups for reflection: the list with a form for a new one, and changing one. */
@Controller
class PeerGroupPageController {

    private final PeerGroupService groups;
    private final OfficeStaff staff;
    private final AccessPolicy policy;
    private final FormSupport forms;

    PeerGroupPageController(PeerGroupService groups, OfficeStaff staff, AccessPolicy policy, FormSupport forms) {
        this.groups = groups;
        this.staff = staff;
        this.policy = policy;
        this.forms = forms;
    }

    @GetMapping("/learning/groups")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        return listPage(user, new PeerGroupForm(), model);
    }

    @PostMapping("/learning/groups")
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("groupForm") PeerGroupForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        policy.requireLearning(user, user.officeId(), false);
        boolean readable = !result.hasErrors();
        if (forms.isValid(form.toDetails(), result) && readable) {
            try {
                groups.create(user, form.toDetails());
                redirect.addFlashAttribute("groupSaved", true);
                return "redirect:/learning/groups";
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException e) {
                result.rejectValue("name", e.messageKey(), e.messageKey());
            }
        }
        return listPage(user, form, model);
    }

    @GetMapping("/learning/groups/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        PeerGroup group = groups.get(user, id);
        return editPage(user, group, PeerGroupForm.of(group), model);
    }

    @PostMapping("/learning/groups/{id}/edit")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("groupForm") PeerGroupForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PeerGroup group = groups.get(user, id);
        boolean readable = !result.hasErrors();
        if (forms.isValid(form.toDetails(), result) && readable) {
            try {
                groups.update(user, id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("groupSaved", true);
                return "redirect:/learning/groups";
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException e) {
                if ("learning.group.exists".equals(e.messageKey())) {
                    result.rejectValue("name", e.messageKey(), e.messageKey());
                } else {
                    model.addAttribute("conflict", true);
                }
            }
        }
        return editPage(user, group, form, model);
    }

    private String listPage(CurrentUser user, PeerGroupForm form, Model model) {
        model.addAttribute("groups", groups.list(user));
        model.addAttribute("staff", staff.of(user.officeId()));
        model.addAttribute("groupForm", form);
        return "learning/groups";
    }

    private String editPage(CurrentUser user, PeerGroup group, PeerGroupForm form, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("staff", staff.of(group.officeId()));
        model.addAttribute("groupForm", form);
        return "learning/group-edit";
    }
}
