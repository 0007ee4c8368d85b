package no.treklover.contact;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * What the counsellor logs about a contact; the API's request body and what the forms validate through.
 *
 * @param occurredAt when, in Oslo time (e.g. "2026-11-23T10:15"); null means now
 * @param durationMinutes how long, 1–1440 minutes; may be left out (e.g. a message)
 */
public record ContactDetails(
        @NotNull(message = "{contact.validation.counterpart}") Counterpart counterpart,
        @NotNull(message = "{contact.validation.form}") ContactForm form,
        @NotNull(message = "{contact.validation.initiator}") Initiator initiator,
        LocalDateTime occurredAt,
        @Min(value = 1, message = "{contact.validation.duration}")
        @Max(value = 1440, message = "{contact.validation.duration}") Integer durationMinutes,
        @Size(max = 2000, message = "{contact.validation.note}") String note) {
}
