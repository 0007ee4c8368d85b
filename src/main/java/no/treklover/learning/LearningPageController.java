package no.treklover.learning;

import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The office's learning page: its peer groups, meetings, open agreed changes and the question bank. */
@Controller
class LearningPageController {

    private final AccessPolicy policy;
    private final PeerGroupService groups;
    private final OfficeMeetingService meetings;
    private final AgreedChangeService changes;
    private final QuestionBankService questions;

    LearningPageController(AccessPolicy policy, PeerGroupService groups, OfficeMeetingService meetings,
            AgreedChangeService changes, QuestionBankService questions) {
        this.policy = policy;
        this.groups = groups;
        this.meetings = meetings;
        this.changes = changes;
        this.questions = questions;
    }

    @GetMapping("/learning")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("access", policy.requireLearning(user, user.officeId(), false));
        model.addAttribute("groups", groups.list(user));
        model.addAttribute("meetings", meetings.list(user));
        model.addAttribute("openChanges", changes.open(user));
        model.addAttribute("today", changes.today());
        model.addAttribute("questionCount", questions.list(user).stream()
                .filter(q -> q.status() == BankQuestion.Status.ACTIVE).count());
        return "learning/home";
    }
}
