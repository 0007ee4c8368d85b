package no.treklover.consent;

import jakarta.validation.constraints.NotNull;
import no.treklover.access.Audience;
import no.treklover.access.ConsentItem;

/** One cell of the consent grid: share this item with this audience, or not. */
public record ConsentChoice(@NotNull(message = "{validation.required}") ConsentItem item,
        @NotNull(message = "{validation.required}") Audience audience, boolean granted) {
}
