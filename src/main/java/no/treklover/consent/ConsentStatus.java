package no.treklover.consent;

import java.time.Instant;
import no.treklover.access.Audience;
import no.treklover.access.ConsentItem;

/** Whether an item is shared with an audience now, and since when. */
public record ConsentStatus(ConsentItem item, Audience audience, boolean granted, Instant since) {
}
