package no.treklover.agreement.version;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.treklover.access.AccessPolicy.AgreementAccess;
import no.treklover.agreement.AgreementContent;
import no.treklover.agreement.AgreementResponse;
import no.treklover.agreement.AgreementStatus;
import no.treklover.agreement.version.VersionDiff.FieldChange;

/** What the version service gives its callers, already masked for the user asking. */
public final class Versions {

    private Versions() {
    }

    /**
     * An agreement's versions as a list.
     *
     * @param agreementVersion the agreement's current version (its ETag, for If-Match on a change)
     * @param mayChange whether the user may make a targeted change now (counsellor, concluded, not annulled)
     */
    public record Listing(long agreementId, long processId, AgreementStatus status, AgreementAccess access,
            boolean concluded, boolean mayChange, long agreementVersion, List<VersionSummary> versions) {

        public VersionSummary latest() {
            return versions.isEmpty() ? null : versions.get(versions.size() - 1);
        }
    }

    /** One line of the list: what changed, why, from when, by whom and when. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VersionSummary(int number, ChangeType changeType, ShorteningReason reason, String reasonText,
            LocalDate effectiveFrom, Long changedBy, String changedByName, Instant changedAt) {

        public static VersionSummary of(StoredVersion v) {
            return new VersionSummary(v.number(), v.changeType(), v.reason(), v.reasonText(), v.effectiveFrom(),
                    v.changedBy(), v.changedByName(), v.changedAt());
        }
    }

    /**
     * One version as the user may see it: the candidate without pay, rates, account and calculation; the mentor
     * without the candidate's national id; the mentor and the employer without the adaptation text unless the
     * candidate shares adaptation needs with them now ({@code maskedFields} names it with the reason).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(long agreementId, long processId, int number, ChangeType changeType, ShorteningReason reason,
            String reasonText, LocalDate effectiveFrom, Long changedBy, String changedByName, Instant changedAt,
            boolean latest, AgreementStatus status, AgreementAccess access, AgreementResponse.Party candidate,
            AgreementContent content, AgreementResponse.Calculation calculation,
            List<VersionSnapshot.Approval> approvals, List<AgreementResponse.FieldMessage> maskedFields) {

        /** Whether this field is left out for the reader for want of the candidate's consent. */
        public boolean masked(String field) {
            return maskedFields != null && maskedFields.stream().anyMatch(m -> m.field().equals(field));
        }
    }

    /** The fields that differ between two versions, as the user may see them (masked fields never differ). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VersionChanges(long agreementId, int from, int to, List<FieldChange> changes,
            List<AgreementResponse.FieldMessage> maskedFields) {
    }

    /** The current content of a concluded agreement, for the counsellor's change form. */
    public record Current(long agreementId, long processId, AgreementStatus status, AgreementContent content,
            long agreementVersion, int latestNumber) {
    }
}
