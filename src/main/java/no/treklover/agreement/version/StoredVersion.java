package no.treklover.agreement.version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code agreement_version}. Version 1 (no change type) is the agreement as concluded.
 *
 * @param changedByName the display name of who made the change (the beslutter for version 1)
 */
public record StoredVersion(long agreementId, int number, ChangeType changeType, ShorteningReason reason,
        String reasonText, LocalDate effectiveFrom, VersionSnapshot snapshot, Long changedBy, String changedByName,
        Instant changedAt) {
}
