package no.treklover.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import no.treklover.access.AccessPolicy.MeetingAccess;

/** A meeting as the caller may see it: minutes, decisions, start-up plans and action items only with MINUTES. */
public record MeetingResponse(long id, long processId, MeetingType type, MeetingStatus status,
        OffsetDateTime startsAt, OffsetDateTime endsAt, int durationMinutes, MeetingChannel channel, String location,
        List<ParticipantView> participants, String agenda, String minutes, String decisions, StartUp startUp,
        List<ActionItemView> actionItems, String icalUid, int icalSequence, long version, MeetingAccess access,
        String cancelReason) {

    public record ParticipantView(ParticipantRole role, String name, Long userId) {
    }

    public record StartUp(String goals, String trainingPlan, String weeklyPlan, String roles) {
    }

    public record ActionItemView(long id, String text, String owner, LocalDate dueDate, boolean done, long version) {

        static ActionItemView of(ActionItem item) {
            return new ActionItemView(item.getId(), item.getText(), item.getOwner(), item.getDueDate(), item.isDone(),
                    item.getVersion());
        }
    }

    static MeetingResponse of(MeetingService.Loaded loaded) {
        Meeting m = loaded.meeting();
        boolean minutes = loaded.minutesVisible();
        return new MeetingResponse(m.getId(), m.getProcessId(), m.getType(), m.getStatus(),
                m.getStartsAt().atZone(ICalendar.OSLO).toOffsetDateTime(),
                m.endsAt().atZone(ICalendar.OSLO).toOffsetDateTime(), m.getDurationMinutes(), m.getChannel(),
                m.getLocation(),
                m.getParticipants().stream().map(p -> new ParticipantView(p.getRole(), p.getName(), p.getUserId()))
                        .toList(),
                m.getAgenda(), minutes ? m.getMinutes() : null, minutes ? m.getDecisions() : null,
                minutes && m.getType() == MeetingType.OPPSTARTSMOTE
                        ? new StartUp(m.getGoals(), m.getTrainingPlan(), m.getWeeklyPlan(), m.getRoles()) : null,
                minutes ? loaded.items().stream().map(ActionItemView::of).toList() : null,
                m.getIcalUid(), m.getIcalSequence(), m.getVersion(), loaded.access(), m.getCancelReason());
    }
}
