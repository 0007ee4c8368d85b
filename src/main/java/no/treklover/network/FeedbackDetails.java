package no.treklover.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Feedback to NAV: the API's body and the form's rules. {@code gatheringId}: the gathering it came from, required
 * when the organiser records it on the gathering's behalf.
 */
public record FeedbackDetails(
        @NotBlank(message = "{network.feedback.validation.text}")
        @Size(max = 2000, message = "{network.feedback.validation.text.size}") String text,
        Long gatheringId) {
}
