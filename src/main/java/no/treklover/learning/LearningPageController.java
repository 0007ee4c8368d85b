package no.treklover.learning;

import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.learning.OfficeMeetingService.MeetingTime;
import no.treklover.platform.web.PageBounds;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The office's learning page: its peer groups, meetings, open agreed changes and the question bank. */
@Controller
class LearningPageController {

    static final int MEETINGS_PER_PAGE = 10;

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
    String home(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer upcoming,
            @RequestParam(required = false) Integer past, Model model) {
        model.addAttribute("access", policy.requireLearning(user, user.officeId(), false));
        model.addAttribute("groups", groups.list(user));
        model.addAttribute("upcoming", meetings.list(user, MeetingTime.UPCOMING,
                new PageBounds(PageBounds.clampPage(upcoming), MEETINGS_PER_PAGE)));
        model.addAttribute("past", meetings.list(user, MeetingTime.PAST,
                new PageBounds(PageBounds.clampPage(past), MEETINGS_PER_PAGE)));
        model.addAttribute("openChanges", changes.open(user));
        model.addAttribute("today", changes.today());
        model.addAttribute("questionCount", questions.list(user).stream()
                .filter(q -> q.status() == BankQuestion.Status.ACTIVE).count());
        return "learning/home";
    }
}
