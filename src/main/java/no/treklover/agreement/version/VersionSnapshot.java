package no.treklover.agreement.version;

import java.time.Instant;
import java.util.List;
import no.treklover.agreement.AgreementContent;
import no.treklover.agreement.OnBehalfReason;

/**
 * One version of a concluded agreement as stored (jsonb): its whole content, and the approvals of the concluded
 * agreement with who and when, which stay the same in later versions.
 */
public record VersionSnapshot(AgreementContent content, List<Approval> approvals, Instant concludedAt) {

    public VersionSnapshot {
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
    }

    /** Who signed or approved, in signing order. */
    public enum Party {
        MENTOR_CONFIDENTIALITY, CANDIDATE, EMPLOYER, COUNSELLOR, DECISION_MAKER;

        public String messageKey() {
            return "agreementversion.party." + name();
        }
    }

    /**
     * @param byId the app user who approved, when known (the candidate's own approval names the candidate)
     * @param byName their name at the time of conclusion
     * @param onBehalfReason set when the counsellor approved for the candidate
     */
    public record Approval(Party party, Instant at, Long byId, String byName, OnBehalfReason onBehalfReason) {
    }

    public VersionSnapshot withContent(AgreementContent next) {
        return new VersionSnapshot(next, approvals, concludedAt);
    }
}
