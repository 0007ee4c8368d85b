package no.treklover.needs;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A meeting's decision on a need (the transitions endpoint's body): arrange meeting, reopen, escalate, postpone or
 * close with a reason, always with an optional comment.
 *
 * @param nextMeetingOn for POSTPONE: the day of the meeting that takes it up again (default: a week from today)
 */
public record NeedTransition(
        NeedAction action,
        CloseReason closeReason,
        @Size(max = 1000, message = "{needs.validation.comment.size}") String comment,
        LocalDate nextMeetingOn) {
}
