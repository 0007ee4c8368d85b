package no.treklover.process;

import no.treklover.meeting.MeetingChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Meetings planned, moved, held or cancelled go into the process's timeline (not every edit of the minutes). */
@Component
class MeetingTimeline {

    private final ProcessEventRepository events;

    MeetingTimeline(ProcessEventRepository events) {
        this.events = events;
    }

    @EventListener
    void record(MeetingChanged change) {
        if (change.kind() == MeetingChanged.Kind.UPDATED) {
            return;
        }
        events.save(new ProcessEvent(change.processId(), change.occurredAt(), change.actorId(),
                ProcessEventType.valueOf("MEETING_" + change.kind().name()), null, null,
                "meeting:" + change.meetingId() + ":" + change.meetingType()));
    }
}
