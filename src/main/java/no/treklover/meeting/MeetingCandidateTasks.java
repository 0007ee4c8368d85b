package no.treklover.meeting;

import java.util.ArrayList;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.platform.text.NorwegianFormat;
import no.treklover.process.CandidateTask;
import no.treklover.process.CandidateTaskSource;
import no.treklover.process.InclusionProcess;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Si hva du synes om møtet" for each held meeting she took part in and has not given feedback on while open. */
@Component
@Order(2)
class MeetingCandidateTasks implements CandidateTaskSource {

    private final MeetingSections sections;

    MeetingCandidateTasks(MeetingSections sections) {
        this.sections = sections;
    }

    @Override
    public List<CandidateTask> tasksFor(CurrentUser user, InclusionProcess process) {
        MeetingSections.MySection section = sections.forCandidate(user);
        if (section == null) {
            return List.of();
        }
        List<CandidateTask> tasks = new ArrayList<>();
        for (MeetingService.Loaded held : section.withMinutes()) {
            Meeting m = held.meeting();
            MeetingFeedbackService.CandidateView feedback = section.feedbackOn(m.getId());
            if (feedback != null && feedback.open() && feedback.feedback() == null) {
                tasks.add(CandidateTask.of("/meetings/" + m.getId() + "/feedback", "meeting.task.feedback",
                        CandidateTask.message("meeting.type." + m.getType().name()),
                        NorwegianFormat.date(m.getStartsAt()),
                        sections.day(feedback.closesAt())));
            }
        }
        return tasks;
    }
}
