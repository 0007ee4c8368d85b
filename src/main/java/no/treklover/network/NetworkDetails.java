package no.treklover.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new network: its name, and whether it is the county's (mentors of all the county's offices) or the office's. */
public record NetworkDetails(
        @NotBlank(message = "{network.validation.name}") @Size(max = 150, message = "{network.validation.name.size}")
        String name,
        Boolean countyWide) {
}
