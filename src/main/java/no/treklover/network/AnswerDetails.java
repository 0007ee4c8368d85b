package no.treklover.network;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** NAV's answer to a feedback item: the API's body and the form's rules; {@link FeedbackRules} checks the rest. */
public record AnswerDetails(
        @NotNull(message = "{network.feedback.validation.status}") FeedbackStatus status,
        @Size(max = 2000, message = "{network.feedback.validation.response.size}") String response,
        @Size(max = 1000, message = "{network.feedback.validation.reason.size}") String reason) {
}
