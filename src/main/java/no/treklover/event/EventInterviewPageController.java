package no.treklover.event;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** On the day and after: the employer's decision page, attendance, the counsellor's acceptance, the candidate's
 *  choice whether her counsellor joins, a breakfast's attendance list. */
@Controller
class EventInterviewPageController {

    private final EventInterviews interviews;
    private final FormSupport forms;

    EventInterviewPageController(EventInterviews interviews, FormSupport forms) {
        this.interviews = interviews;
        this.forms = forms;
    }

    @GetMapping("/events/{id}/bookings/{bookingId}/decision")
    String decision(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long bookingId,
            Model model) {
        EventInterviews.DecisionView v = interviews.decisionView(user, id, bookingId);
        DecisionForm form = new DecisionForm();
        form.setDecision(v.interview().decision());
        form.setFeedback(v.interview().feedback());
        form.setVersion(v.interview().version());
        return decisionPage(v, form, model);
    }

    private String decisionPage(EventInterviews.DecisionView v, DecisionForm form, Model model) {
        model.addAttribute("v", v);
        model.addAttribute("decisionForm", form);
        model.addAttribute("decisions", Decision.values());
        return "event/decision";
    }

    @PostMapping("/events/{id}/bookings/{bookingId}/decision")
    String recordDecision(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long bookingId, @ModelAttribute("decisionForm") DecisionForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        EventInterviews.DecisionView v = interviews.decisionView(user, id, bookingId);
        if (!result.hasErrors()) {
            try {
                interviews.recordDecision(user, id, bookingId, form.getVersion(), form.getDecision(),
                        form.getFeedback());
                redirect.addFlashAttribute("decided", true);
                return "redirect:/employers/own#event-interviews";
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException e) {
                model.addAttribute("conflict", e.messageKey());
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return decisionPage(v, form, model);
    }

    @PostMapping("/events/{id}/bookings/{bookingId}/attendance")
    String attendance(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long bookingId,
            @RequestParam(required = false) Attendance attendance, @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            interviews.recordAttendance(user, id, bookingId, version, attendance);
            redirect.addFlashAttribute("attendanceSaved", true);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("conflict", e.messageKey());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("conflict", e.violations().get(0).messageKey());
        }
        return "redirect:/employers/own#event-interviews";
    }

    @PostMapping("/events/{id}/bookings/{bookingId}/acceptance")
    String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long bookingId,
            @RequestParam long version, RedirectAttributes redirect) {
        try {
            interviews.acceptOffer(user, id, bookingId, version);
            redirect.addFlashAttribute("accepted", true);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("conflict", e.messageKey());
        }
        return "redirect:/events/" + id;
    }

    @PostMapping("/events/{id}/employers/{partId}/attended")
    String employerAttended(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long partId, @RequestParam boolean attended, RedirectAttributes redirect) {
        interviews.recordEmployerAttendance(user, id, partId, attended);
        redirect.addFlashAttribute("attendanceSaved", true);
        return "redirect:/events/" + id;
    }

    // ------------------------------------------------------------------ the candidate

    @GetMapping("/my-events")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("interviews", interviews.forCandidate(user));
        return "event/mine";
    }

    @PostMapping("/my-events/{bookingId}/companion")
    String companion(@AuthenticationPrincipal CurrentUser user, @PathVariable long bookingId,
            @RequestParam(required = false) Boolean counsellorJoins, @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            interviews.chooseCompanion(user, bookingId, version, counsellorJoins);
            redirect.addFlashAttribute("chosen", true);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("conflict", e.messageKey());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("conflict", e.violations().get(0).messageKey());
        }
        return "redirect:/my-events";
    }
}
