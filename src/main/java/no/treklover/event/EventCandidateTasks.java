package no.treklover.event;

import java.time.Clock;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.access.Role;
import no.treklover.platform.text.NorwegianFormat;
import no.treklover.platform.web.RequestMemo;
import no.treklover.process.CandidateTask;
import no.treklover.process.CandidateTaskSource;
import no.treklover.process.InclusionProcess;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Velg om veilederen din skal være med på intervjuet" for each interview still ahead of her where she has not chosen
 * yet: the employer sees who comes, so the choice must be made before the day.
 */
@Component
@Order(4)
class EventCandidateTasks implements CandidateTaskSource {

    private final EventInterviews interviews;
    private final Clock clock;

    EventCandidateTasks(EventInterviews interviews, Clock clock) {
        this.interviews = interviews;
        this.clock = clock;
    }

    @Override
    public List<CandidateTask> tasksFor(CurrentUser user, InclusionProcess process) {
        if (user.role() != Role.CANDIDATE || user.candidateId() == null) {
            return List.of();
        }
        List<EventInterviews.Interview> mine = RequestMemo.once("eventInterviews.forCandidate:" + user.id(),
                () -> interviews.forCandidate(user));
        return mine.stream()
                .filter(i -> i.counsellorJoins() == null && i.startsAt().isAfter(clock.instant()))
                .map(i -> CandidateTask.of("/my-events#booking-" + i.bookingId(), "events.task.companion",
                        i.employerName(), NorwegianFormat.dateTime(i.startsAt())))
                .toList();
    }
}
