package no.treklover.learning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A peer group's name and members (users of the office); the API's request body and the form's rules. */
public record PeerGroupDetails(
        @NotBlank(message = "{learning.validation.groupName}")
        @Size(max = 100, message = "{learning.validation.groupName}") String name,
        @Size(max = 100, message = "{learning.validation.members}") List<Long> memberIds) {
}
