package no.treklover.meeting;

import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.PreconditionException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.StaleVersionException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The candidate's small feedback page after a held meeting, made for the phone. */
@Controller
class MeetingFeedbackPageController {

    private final MeetingFeedbackService feedback;
    private final FormSupport forms;

    MeetingFeedbackPageController(MeetingFeedbackService feedback, FormSupport forms) {
        this.feedback = feedback;
        this.forms = forms;
    }

    @GetMapping("/meetings/{id}/feedback")
    String form(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Meeting meeting = feedback.forGiving(user, id);
        MeetingFeedback current = feedback.read(user, id).orElse(null);
        return page(meeting, FeedbackForm.of(current), current != null, model);
    }

    @PostMapping("/meetings/{id}/feedback")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Meeting meeting = feedback.forGiving(user, id);
        if (!result.hasErrors()) {
            try {
                feedback.save(user, id, form.getVersion(), form.toInput());
                redirect.addFlashAttribute("feedbackSaved", true);
                return "redirect:/my#my-meetings";
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (StaleVersionException | PreconditionException | OptimisticLockingFailureException e) {
                // someone (she, in another window) saved in between
                model.addAttribute("conflict", "meeting.feedback.conflict.stale");
            }
        }
        return page(meeting, form, feedback.read(user, id).isPresent(), model);
    }

    private String page(Meeting meeting, FeedbackForm form, boolean existing, Model model) {
        model.addAttribute("m", meeting);
        model.addAttribute("feedbackForm", form);
        model.addAttribute("existing", existing);
        model.addAttribute("ratings", MeetingFeedback.Rating.values());
        model.addAttribute("heardChoices", MeetingFeedback.Heard.values());
        return "meeting/feedback";
    }
}
