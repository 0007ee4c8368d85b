package no.treklover.agreement;

import java.time.Instant;

/**
 * Published on every change of a mentor agreement; the process timeline records it as {@code AGREEMENT_<kind>}.
 *
 * @param detail what changed, e.g. the approving party or the annulment reason; may be null
 */
public record AgreementChanged(long processId, long agreementId, Kind kind, long actorId, Instant at, String detail) {

    public enum Kind {
        CREATED, UPDATED, CONFIDENTIALITY_SIGNED, APPROVED, APPROVAL_WITHDRAWN, CONCLUDED, ANNULLED
    }
}
