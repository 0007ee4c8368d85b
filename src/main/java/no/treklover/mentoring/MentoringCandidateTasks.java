package no.treklover.mentoring;

import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.process.CandidateTask;
import no.treklover.process.CandidateTaskSource;
import no.treklover.process.InclusionProcess;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Se over ukeplanen sammen med mentoren" when the weekly plan is missing or old ({@link WeeklyPlanRules#reviewDue}). */
@Component
@Order(3)
class MentoringCandidateTasks implements CandidateTaskSource {

    private final MentoringSections sections;
    private final MentoringCases cases;

    MentoringCandidateTasks(MentoringSections sections, MentoringCases cases) {
        this.sections = sections;
        this.cases = cases;
    }

    @Override
    public List<CandidateTask> tasksFor(CurrentUser user, InclusionProcess process) {
        MentoringSections.CandidateSection section = sections.forCandidate(user);
        if (section == null) {
            return List.of();
        }
        WeeklyPlanService.WeeklyPlan plan = section.plan();
        if (!WeeklyPlanRules.reviewDue(plan.items().isEmpty(), plan.updatedAt(), cases.today())) {
            return List.of();
        }
        return List.of(CandidateTask.of("/my/mentoring#plan",
                plan.items().isEmpty() ? "mentoring.task.planMissing" : "mentoring.task.planOld"));
    }
}
