package no.treklover.agreement;

import java.time.LocalDate;

/**
 * A concluded agreement got a new version whose content changes the grant from {@code effectiveFrom} on
 * (extended, shortened, new calculation). Published in the amending transaction after the agreement holds the
 * new content; the grant periods are recalculated from that date on.
 */
public record AgreementAmended(long agreementId, int versionNumber, LocalDate effectiveFrom, long actorId) {
}
