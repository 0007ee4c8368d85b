package no.treklover.event;

import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.platform.web.RequestMemo;
import org.springframework.stereotype.Component;

/**
 * What other features' pages show of events, read once per request: the employer's card on its own page
 * ({@code event/sections :: employerCard}).
 */
@Component("eventSections")
public class EventSections {

    private final EventInterviews interviews;

    EventSections(EventInterviews interviews) {
        this.interviews = interviews;
    }

    /** The employer's interviews (only candidates booked with it), newest first; empty for everyone else. */
    public List<EventInterviews.Interview> forOwnEmployer(CurrentUser user) {
        if (user.employerId() == null) {
            return List.of();
        }
        return RequestMemo.once("eventSections.forOwnEmployer:" + user.id(), () -> interviews.forOwnEmployer(user));
    }
}
