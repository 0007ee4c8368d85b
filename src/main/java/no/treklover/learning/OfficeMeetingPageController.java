package no.treklover.learning;

import jakarta.servlet.http.HttpServletResponse;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.web.Cancellations;
import no.treklover.platform.web.FormSupport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** The office's meetings: planning one, its page with notes and cases, and reviewing one's anonymised case. */
@Controller
class OfficeMeetingPageController {

    private final OfficeMeetingService meetings;
    private final AnonymisedCaseService cases;
    private final OfficeStaff staff;
    private final AgreedChangeService changes;
    private final QuestionBankService questions;
    private final AccessPolicy policy;
    private final FormSupport forms;

    OfficeMeetingPageController(OfficeMeetingService meetings, AnonymisedCaseService cases, OfficeStaff staff,
            AgreedChangeService changes, QuestionBankService questions, AccessPolicy policy, FormSupport forms) {
        this.meetings = meetings;
        this.cases = cases;
        this.staff = staff;
        this.changes = changes;
        this.questions = questions;
        this.policy = policy;
        this.forms = forms;
    }

    @GetMapping("/learning/meetings/new")
    String newMeeting(@AuthenticationPrincipal CurrentUser user, Model model) {
        policy.requireLearning(user, user.officeId(), true);
        return planPage(user, new OfficeMeetingForm(), model);
    }

    @PostMapping("/learning/meetings")
    String plan(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("meetingForm") OfficeMeetingForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        policy.requireLearning(user, user.officeId(), true);
        boolean readable = !result.hasErrors();
        if (forms.isValid(form.toDetails(), result) && readable) {
            try {
                OfficeMeeting meeting = meetings.plan(user, form.toDetails());
                redirect.addFlashAttribute("meetingSaved", true);
                return "redirect:/learning/meetings/" + meeting.id();
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            }
        }
        return planPage(user, form, model);
    }

    @GetMapping("/learning/meetings/{id}")
    String meeting(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return meetingPage(user, meetings.get(user, id), model);
    }

    /** The meeting, its agreed changes, and for its office leader the bank's active questions and the change form. */
    private String meetingPage(CurrentUser user, OfficeMeeting meeting, Model model) {
        model.addAttribute("meeting", meeting);
        var access = policy.learningAccess(user, meeting.officeId());
        model.addAttribute("access", access);
        model.addAttribute("meetingChanges", changes.list(user).stream()
                .filter(c -> c.meetingId() != null && c.meetingId() == meeting.id()).toList());
        model.addAttribute("today", changes.today());
        if (access.manages()) {
            model.addAttribute("activeQuestions", questions.list(user).stream()
                    .filter(q -> q.status() == BankQuestion.Status.ACTIVE).toList());
            model.addAttribute("staff", staff.of(meeting.officeId()));
            PracticePageController.ChangeForm form = new PracticePageController.ChangeForm();
            form.setMeetingId(meeting.id());
            model.addAttribute("changeForm", form);
        }
        return "learning/meeting";
    }

    @PostMapping("/learning/meetings/{id}/notes")
    String notes(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false)
            String notes, @RequestParam long version, Model model, RedirectAttributes redirect) {
        try {
            meetings.saveNotes(user, id, version, notes);
            redirect.addFlashAttribute("notesSaved", true);
            return "redirect:/learning/meetings/" + id + "#notes";
        } catch (RuleViolationException e) {
            model.addAttribute("notesError", true);
        } catch (ConflictException e) {
            model.addAttribute("conflict", true);
        }
        model.addAttribute("draftNotes", notes);
        return meetingPage(user, meetings.get(user, id), model);
    }

    @GetMapping("/learning/meetings/{id}/edit")
    String editMeeting(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        OfficeMeeting meeting = meetings.get(user, id);
        policy.requireLearning(user, meeting.officeId(), true);
        model.addAttribute("editing", meeting);
        return planPage(user, OfficeMeetingForm.of(meeting), model);
    }

    @PostMapping("/learning/meetings/{id}/edit")
    String updateMeeting(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("meetingForm") OfficeMeetingForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        OfficeMeeting meeting = meetings.get(user, id);
        policy.requireLearning(user, meeting.officeId(), true);
        boolean readable = !result.hasErrors();
        if (forms.isValid(form.toDetails(), result) && readable) {
            try {
                meetings.update(user, id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("meetingChanged", true);
                return "redirect:/learning/meetings/" + id;
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException e) {
                model.addAttribute("conflict", e.messageKey());
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        model.addAttribute("editing", meeting);
        return planPage(user, form, model);
    }

    /** Asks first: what cancelling does (who is told), with the reason they get. */
    @GetMapping("/learning/meetings/{id}/cancel")
    String cancelPage(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        OfficeMeeting meeting = meetings.get(user, id);
        policy.requireLearning(user, meeting.officeId(), true);
        return cancelPage(user, meeting, null, meeting.version(), model);
    }

    @PostMapping("/learning/meetings/{id}/cancel")
    String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String reason, @RequestParam long version, Model model,
            HttpServletResponse response) {
        if (Cancellations.attempt(() -> meetings.cancel(user, id, version, reason), model, response)) {
            return "redirect:/learning/meetings/" + id;
        }
        return cancelPage(user, meetings.get(user, id), reason, version, model);
    }

    private String cancelPage(CurrentUser user, OfficeMeeting meeting, String reason, long version, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("reason", reason);
        model.addAttribute("version", version);
        model.addAttribute("notified", meeting.participants().stream().filter(p -> p.userId() != user.id())
                .toList());
        return "learning/meeting-cancel";
    }

    @GetMapping("/learning/meetings/{id}/invitation.ics")
    ResponseEntity<String> ics(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kontormote-" + id + ".ics\"")
                .body(meetings.ics(user, id));
    }

    /** From the process's reflection page: a draft anonymised copy for one of the office's experience exchanges. */
    @PostMapping("/processes/{id}/anonymised-cases")
    String present(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long meetingId) {
        AnonymisedCase draft = cases.present(user, meetingId, id);
        return "redirect:/learning/cases/" + draft.id() + "/edit";
    }

    @GetMapping("/learning/cases/{id}/edit")
    String review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        AnonymisedCase draft = cases.getForReview(user, id);
        return reviewPage(draft, CaseReviewForm.of(draft), model);
    }

    @PostMapping("/learning/cases/{id}/edit")
    String saveReview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("caseForm") CaseReviewForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        AnonymisedCase draft = cases.getForReview(user, id);
        boolean readable = !result.hasErrors();
        if (forms.isValid(form.toReview(), result) && readable) {
            try {
                cases.review(user, id, form.getVersion(), form.toReview());
                redirect.addFlashAttribute("caseSaved", true);
                return "redirect:/learning/cases/" + id + "/edit";
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            } catch (ConflictException e) {
                model.addAttribute("conflict", true);
            }
        }
        return reviewPage(draft, form, model);
    }

    @PostMapping("/learning/cases/{id}/ready")
    String ready(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        AnonymisedCase draft = cases.getForReview(user, id);
        try {
            cases.markReady(user, id, version);
            redirect.addFlashAttribute("caseReady", true);
            return "redirect:/learning/meetings/" + draft.meetingId() + "#cases";
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("caseNotClean", true);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("caseConflict", true);
        }
        return "redirect:/learning/cases/" + id + "/edit";
    }

    private String planPage(CurrentUser user, OfficeMeetingForm form, Model model) {
        model.addAttribute("meetingForm", form);
        model.addAttribute("types", OfficeMeetingType.values());
        model.addAttribute("staff", staff.of(user.officeId()));
        return "learning/meeting-new";
    }

    private String reviewPage(AnonymisedCase draft, CaseReviewForm form, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("caseForm", form);
        return "learning/case-edit";
    }
}
