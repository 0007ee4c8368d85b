package no.treklover.employer;

import java.time.LocalDate;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.web.FormSupport;
import no.treklover.platform.web.PageBounds;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
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
class EmployerPageController {

    /** Rows per page of the register list. */
    static final int PAGE_SIZE = 25;

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
                return form.getReturnToProcess() == null ? "redirect:/employers/" + employer.getId()
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

    /**
     * The register list. Filters live in the address (a search can be bookmarked and shared); htmx swaps only the
     * results, the same page without JavaScript. Unknown filter values are ignored, the page number is clamped.
     */
    @GetMapping("/employers")
    String list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "") String search,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String county,
            @RequestParam(required = false) String sizeBand,
            @RequestParam(defaultValue = "false") boolean iaAgreement,
            @RequestParam(defaultValue = "false") boolean mentorsAvailable,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean includeDeleted,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, Model model) {
        String text = search != null && search.length() > 100 ? search.substring(0, 100) : search;
        EmployerFilter filter = new EmployerFilter(text, choice(EmployerFilter.NaceSection.class, industry),
                EmployerFilter.validMunicipality(municipality), EmployerFilter.validCounty(county),
                choice(EmployerFilter.SizeBand.class, sizeBand), iaAgreement, mentorsAvailable, mine, includeDeleted,
                choice(EmployerFilter.Sort.class, sort), PageBounds.clampPage(page), PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("result", employers.searchRegister(user, filter));
        model.addAttribute("sections", EmployerFilter.NaceSection.values());
        model.addAttribute("counties", EmployerFilter.COUNTIES);
        model.addAttribute("sizeBands", EmployerFilter.SizeBand.values());
        model.addAttribute("sorts", EmployerFilter.Sort.values());
        model.addAttribute("municipalityInvalid", municipality != null && !municipality.isBlank()
                && filter.municipality() == null);
        return "employer/list";
    }

    @GetMapping("/employers/{id}")
    String profile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        EmployerProfileView view = employers.profile(user, id);
        model.addAttribute("view", view);
        if (!model.containsAttribute("noteForm")) {
            model.addAttribute("noteForm", new VisitNoteForm());
        }
        return "employer/profile";
    }

    @GetMapping("/employers/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        policy.requireEmployerRegister(user, true);
        EmployerProfileView view = employers.profile(user, id);
        return editPage(user, view, EmployerProfileForm.of(view), model);
    }

    @PostMapping("/employers/{id}/edit")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("form") EmployerProfileForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        policy.requireEmployerRegister(user, true);
        form.pruned();
        if (!result.hasErrors() && forms.isValid(form.toProfile(), result)) {
            try {
                employers.updateProfile(user, id, form.getVersion(), form.toProfile());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/employers/" + id;
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException | OptimisticLockingFailureException e) {
                model.addAttribute("conflict", true);
            }
        }
        return editPage(user, employers.profile(user, id), form.withEmptyRow(), model);
    }

    private String editPage(CurrentUser user, EmployerProfileView view, EmployerProfileForm form, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("staff", employers.staffOptions(user, view, form.getPrimaryContactId(),
                form.getBackupContactId()));
        return "employer/edit";
    }

    @PostMapping("/employers/{id}/visit-notes")
    String addVisitNote(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("noteForm") VisitNoteForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                employers.addVisitNote(user, id, form.getVisitedOn(), form.getNote());
                redirect.addFlashAttribute("noteSaved", true);
                return "redirect:/employers/" + id + "#visit-notes";
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            }
        }
        model.addAttribute("view", employers.profile(user, id));
        return "employer/profile";
    }

    /** The employer's own page (role arbeidsgiver). */
    @GetMapping("/employers/own")
    String own(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("view", employers.ownProfile(user));
        return "employer/own";
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name.strip())) {
                return value;
            }
        }
        return null;
    }

    /** A note from a company visit. */
    public static class VisitNoteForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate visitedOn;
        private String note;

        public LocalDate getVisitedOn() {
            return visitedOn;
        }

        public void setVisitedOn(LocalDate visitedOn) {
            this.visitedOn = visitedOn;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

}
