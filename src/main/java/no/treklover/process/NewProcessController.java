package no.treklover.process;

import java.util.Optional;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.candidate.Candidate;
import no.treklover.candidate.CandidateService;
import no.treklover.candidate.EffortGroup;
import no.treklover.identifiers.NationalId;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A two-step wizard: step 1 finds or registers the person, step 2 records their wishes and interests
 * (where the hybrid model starts) and opens the process in Kartlegging.
 */
@Controller
class NewProcessController {

    private final CandidateService candidates;
    private final ProcessService processes;
    private final FormSupport forms;
    private final AccessPolicy policy;

    NewProcessController(CandidateService candidates, ProcessService processes, FormSupport forms,
            AccessPolicy policy) {
        this.candidates = candidates;
        this.processes = processes;
        this.forms = forms;
        this.policy = policy;
    }

    @GetMapping("/processes/new")
    String start(@AuthenticationPrincipal CurrentUser user, Model model) {
        policy.requireCaseCreation(user);
        model.addAttribute("form", new NewProcessForm());
        return "process/new-step1";
    }

    @PostMapping("/processes/new/candidate")
    String who(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") NewProcessForm form,
            BindingResult result, Model model) {
        policy.requireCaseCreation(user);
        Optional<NationalId> nationalId = NationalId.parse(form.getNationalId());
        Optional<Candidate> existing = nationalId.flatMap(id -> candidates.findAtOwnOffice(user, id));
        if (existing.isPresent()) {
            form.fillFrom(candidates.view(user, existing.get().getId()));
            model.addAttribute("existingName", existing.get().fullName());
        } else {
            // Every field at once, so one round shows all there is to fix. The details' own rules check the
            // national id's format (@ValidNationalId), the names and the contact; that the id is given is
            // checked here. The rest of the details come in step 2; only name and contact count here.
            if (form.getNationalId() == null) {
                result.rejectValue("nationalId", "validation.required");
            }
            forms.isValid(form.toDetails(), result);
        }
        if (result.hasFieldErrors("nationalId") || result.hasFieldErrors("firstName")
                || result.hasFieldErrors("lastName") || result.hasFieldErrors("phone")
                || result.hasFieldErrors("email")) {
            return "process/new-step1";
        }
        return step2(form, model);
    }

    /** Creates the process; "Tilbake" ({@code back}) returns to step 1 with everything typed in both steps kept. */
    @PostMapping("/processes/new")
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") NewProcessForm form,
            BindingResult result, @RequestParam(required = false) String back, Model model,
            RedirectAttributes redirect) {
        policy.requireCaseCreation(user);
        if (back != null) {
            return "process/new-step1";
        }
        forms.isValid(form.toDetails(), result);
        if (form.getWishes() == null) {
            result.rejectValue("wishes", "validation.required");
        }
        if (form.getGoals() != null && form.getGoals().length() > 4000) {
            result.rejectValue("goals", "validation.tooLong", new Object[] {4000}, null);
        }
        if (result.hasErrors()) {
            return step2(form, model);
        }
        try {
            long candidateId;
            if (form.getExistingCandidateId() != null) {
                candidateId = candidates.update(user, form.getExistingCandidateId(), form.getVersion(),
                        form.toDetails()).getId();
            } else {
                candidateId = candidates.register(user, form.toDetails()).getId();
            }
            InclusionProcess process = processes.start(user, candidateId, form.getGoals());
            redirect.addFlashAttribute("created", true);
            return "redirect:/processes/" + process.getId();
        } catch (RuleViolationException e) {
            forms.reject(e, result);
        } catch (ConflictException | OptimisticLockingFailureException e) {
            model.addAttribute("conflict", e instanceof ConflictException c ? c.messageKey() : "problem.staleVersion");
        }
        return step2(form, model);
    }

    private String step2(NewProcessForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("effortGroups", EffortGroup.values());
        return "process/new-step2";
    }
}
