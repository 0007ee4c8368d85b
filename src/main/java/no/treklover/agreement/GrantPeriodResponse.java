package no.treklover.agreement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A grant period as the API shows it. {@code rejection} (the latest, with NAV's reasons and the beslutter's
 * explanation) only for NAV: the counsellor's office and the beslutter.
 *
 * @param decidableFrom the first day a beslutter may decide it (after the agreement is concluded)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GrantPeriodResponse(long id, long agreementId, int sequenceNumber, LocalDate from, LocalDate to,
        BigDecimal amount, BigDecimal monthlyAmount, GrantPeriodStatus status, String statusText, Long decidedBy,
        Instant decidedAt, LocalDate decidableFrom, Instant waitingSince, Rejection rejection, long version) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rejection(Set<GrantPeriodRejectionReason> reasons, List<String> reasonTexts, String explanation,
            Long rejectedBy, Instant rejectedAt) {
    }
}
