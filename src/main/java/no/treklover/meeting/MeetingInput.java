package no.treklover.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the API and the forms send; the service validates it and names the fields it refuses (JSON properties). */
public final class MeetingInput {

    private MeetingInput() {
    }

    public record ParticipantInput(ParticipantRole role, String name, Long userId) {
    }

    /**
     * A new meeting, or changes to one: on update a field left out (null) stays as it is, an empty text clears it.
     * {@code type} is only for a new meeting; {@code status} only PLANNED or HELD (cancel has its own call).
     */
    public record Changes(MeetingType type, OffsetDateTime startsAt, Integer durationMinutes, MeetingChannel channel,
            String location, List<ParticipantInput> participants, String agenda, String minutes, String decisions,
            String goals, String trainingPlan, String weeklyPlan, String roles, MeetingStatus status) {

        public static Changes empty() {
            return new Changes(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    public record NewActionItem(String text, String owner, LocalDate dueDate) {
    }
}
