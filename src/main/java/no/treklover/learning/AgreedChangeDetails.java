package no.treklover.learning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A change the office agrees on: the API's request body and the form's rules.
 *
 * @param meetingId the office meeting it was agreed at, or null
 */
public record AgreedChangeDetails(
        @NotBlank(message = "{learning.validation.changeText}")
        @Size(max = 1000, message = "{learning.validation.changeText}") String text,
        @NotNull(message = "{learning.validation.owner}") Long ownerId,
        @NotNull(message = "{learning.validation.dueDate}") LocalDate dueDate,
        Long meetingId) {
}
