package no.treklover.consent;

import java.time.Instant;
import no.treklover.access.Audience;
import no.treklover.access.ConsentItem;

/**
 * One grant in the candidate's consent history: shared this item with this audience from {@code grantedAt}, until
 * {@code withdrawnAt} (null while it stands). Kept whether or not the candidate has a process, so the history does
 * not depend on a process timeline.
 */
public record ConsentHistoryEntry(ConsentItem item, Audience audience, Instant grantedAt, Instant withdrawnAt) {
}
