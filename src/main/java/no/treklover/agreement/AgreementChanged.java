package no.treklover.agreement;

import java.time.Instant;

/**
 * Published on every change of a mentor agreement; the process timeline records it as {@code AGREEMENT_<kind>}.
 *
 * @param actorId who changed it; null for the system (automatic expiry and its warnings)
 * @param detail what changed, e.g. the approving party or the annulment reason; may be null
 */
public record AgreementChanged(long processId, long agreementId, Kind kind, Long actorId, Instant at, String detail) {

    public enum Kind {
        CREATED, UPDATED, CONFIDENTIALITY_SIGNED, APPROVED, APPROVAL_WITHDRAWN, CONCLUDED, ANNULLED,
        /** The system warns that the agreement expires; detail WEEK or DAY ({@link AgreementExpiryJob}). */
        EXPIRY_WARNING,
        /** The counsellor sent the agreement to mentor, employer and candidate for signing and approval. */
        SENT_TO_PARTIES,
        /** The counsellor changed a concluded agreement: a new version; detail {@code <number>:<change type>}. */
        AMENDED,
        /** A beslutter approved a grant period; detail its sequence number. */
        GRANT_PERIOD_APPROVED,
        /** A beslutter rejected a grant period; detail "sequence:REASON,REASON". */
        GRANT_PERIOD_REJECTED,
        /** The counsellor resent a rejected grant period; detail its sequence number. */
        GRANT_PERIOD_RESUBMITTED,
        /** An amendment recalculated the grant periods; detail "version:effectiveFrom". */
        GRANT_PERIODS_RECALCULATED,
        /** The counsellor withdrew every approval so the content can be corrected. */
        APPROVALS_REVOKED
    }
}
