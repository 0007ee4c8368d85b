package no.treklover.learning;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The follow-up of an agreed change: a note and whether it is done. */
public record FollowUpDetails(
        @Size(max = 2000, message = "{learning.validation.followUp}") String followUpNote,
        @NotNull(message = "{learning.validation.status}") AgreedChange.Status status) {
}
