package no.treklover.learning;

import java.time.LocalDate;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.web.FormSupport;
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

/** The office's agreed changes in practice and its question bank, and putting a question on a meeting's agenda. */
@Controller
class PracticePageController {

    private final AgreedChangeService changes;
    private final QuestionBankService questions;
    private final OfficeStaff staff;
    private final AccessPolicy policy;
    private final FormSupport forms;

    PracticePageController(AgreedChangeService changes, QuestionBankService questions, OfficeStaff staff,
            AccessPolicy policy, FormSupport forms) {
        this.changes = changes;
        this.questions = questions;
        this.staff = staff;
        this.policy = policy;
        this.forms = forms;
    }

    /** Recording a change from a page (also from a meeting: meetingId). */
    public static class ChangeForm {
        private String text;
        private Long ownerId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueDate;
        private Long meetingId;

        AgreedChangeDetails toDetails() {
            return new AgreedChangeDetails(text, ownerId, dueDate, meetingId);
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Long getOwnerId() {
            return ownerId;
        }

        public void setOwnerId(Long ownerId) {
            this.ownerId = ownerId;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
        }

        public Long getMeetingId() {
            return meetingId;
        }

        public void setMeetingId(Long meetingId) {
            this.meetingId = meetingId;
        }
    }

    /** Proposing a question from a page. */
    public static class QuestionForm {
        private String text;
        private String theme;
        private BankQuestion.Purpose purpose;

        QuestionDetails toDetails() {
            return new QuestionDetails(text, theme, purpose);
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getTheme() {
            return theme;
        }

        public void setTheme(String theme) {
            this.theme = theme;
        }

        public BankQuestion.Purpose getPurpose() {
            return purpose;
        }

        public void setPurpose(BankQuestion.Purpose purpose) {
            this.purpose = purpose;
        }
    }

    @GetMapping("/learning/changes")
    String changes(@AuthenticationPrincipal CurrentUser user, Model model) {
        return changesPage(user, new ChangeForm(), model);
    }

    @PostMapping("/learning/changes")
    String record(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("changeForm") ChangeForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        policy.requireLearning(user, user.officeId(), true);
        boolean readable = !result.hasErrors();
        if (forms.isValid(form.toDetails(), result) && readable) {
            try {
                changes.record(user, form.toDetails());
                redirect.addFlashAttribute("changeSaved", true);
                return form.getMeetingId() != null ? "redirect:/learning/meetings/" + form.getMeetingId() + "#changes"
                        : "redirect:/learning/changes";
            } catch (RuleViolationException e) {
                forms.reject(e, result);
            }
        }
        return changesPage(user, form, model);
    }

    @PostMapping("/learning/changes/{id}/follow-up")
    String followUp(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String followUpNote, @RequestParam(required = false) String status,
            @RequestParam long version, RedirectAttributes redirect) {
        AgreedChange.Status chosen = "DONE".equals(status) ? AgreedChange.Status.DONE : AgreedChange.Status.OPEN;
        String note = followUpNote != null && followUpNote.length() > 2000 ? followUpNote.substring(0, 2000)
                : followUpNote;
        try {
            changes.followUp(user, id, version, new FollowUpDetails(note, chosen));
            redirect.addFlashAttribute("changeSaved", true);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("changeConflict", true);
        }
        return "redirect:/learning/changes#change-" + id;
    }

    @GetMapping("/learning/questions")
    String questions(@AuthenticationPrincipal CurrentUser user, Model model) {
        return questionsPage(user, new QuestionForm(), model);
    }

    @PostMapping("/learning/questions")
    String propose(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("questionForm") QuestionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        policy.requireLearning(user, user.officeId(), false);
        boolean readable = !result.hasErrors();
        if (forms.isValid(form.toDetails(), result) && readable) {
            questions.propose(user, form.toDetails());
            redirect.addFlashAttribute("questionSaved", true);
            return "redirect:/learning/questions";
        }
        return questionsPage(user, form, model);
    }

    @PostMapping("/learning/questions/{id}/status")
    String status(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String status,
            @RequestParam long version, RedirectAttributes redirect) {
        BankQuestion.Status chosen;
        try {
            chosen = BankQuestion.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            chosen = null;
        }
        try {
            questions.setStatus(user, id, version, chosen);
            redirect.addFlashAttribute("questionSaved", true);
        } catch (ConflictException | RuleViolationException e) {
            redirect.addFlashAttribute("questionConflict", true);
        }
        return "redirect:/learning/questions";
    }

    /** One click on the meeting page: an active question of the bank onto the agenda. */
    @PostMapping("/learning/meetings/{id}/agenda")
    String addToAgenda(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam long questionId, RedirectAttributes redirect) {
        questions.addToAgenda(user, id, questionId);
        redirect.addFlashAttribute("agendaSaved", true);
        return "redirect:/learning/meetings/" + id + "#agenda";
    }

    private String changesPage(CurrentUser user, ChangeForm form, Model model) {
        model.addAttribute("changes", changes.list(user));
        model.addAttribute("today", changes.today());
        model.addAttribute("access", policy.learningAccess(user));
        model.addAttribute("staff", staff.of(user.officeId()));
        model.addAttribute("changeForm", form);
        return "learning/changes";
    }

    private String questionsPage(CurrentUser user, QuestionForm form, Model model) {
        model.addAttribute("questions", questions.list(user));
        model.addAttribute("access", policy.learningAccess(user));
        model.addAttribute("purposes", BankQuestion.Purpose.values());
        model.addAttribute("questionForm", form);
        return "learning/questions";
    }
}
