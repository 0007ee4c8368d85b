package no.treklover.consent;

import java.time.Instant;
import no.treklover.access.Audience;
import no.treklover.access.ConsentItem;

/** Published when a candidate grants or withdraws consent; the process timeline records it. */
public record ConsentChanged(long candidateId, ConsentItem item, Audience audience, boolean granted, long actorId,
        Instant at) {
}
