package no.treklover.agreement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.treklover.access.AccessPolicy.AgreementAccess;
import no.treklover.agreement.grant.GrantPeriod;

/**
 * A mentor agreement as the caller may see it. Left out (absent in JSON) what the caller may not see: for the
 * candidate the mentor's pay, rates, account and calculation; for the mentor the candidate's national id; for the
 * mentor before the confidentiality declaration everything but what it takes to sign it. The adaptation text is
 * left out for the mentor and the employer unless the candidate shares adaptation needs with them; such a field is
 * named in {@code maskedFields} with the reason, so a client can say why it is empty.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementResponse(
        long id,
        long processId,
        AgreementAccess access,
        AgreementStatus status,
        String statusText,
        boolean confidentialitySigned,
        String confidentialityDeclaration,
        Party candidate,
        @JsonInclude(JsonInclude.Include.NON_NULL) AgreementContent content,
        ApprovalsView approvals,
        Calculation calculation,
        List<FieldMessage> missingFields,
        List<FieldMessage> warnings,
        List<FieldMessage> maskedFields,
        Instant annulledAt,
        AnnulmentReason annulmentReason,
        Instant concludedAt,
        Instant lastTouchedAt,
        Long employerId,
        Long mentorUserId,
        long version) {

    /** The message for a field the candidate has not consented to share with the reader. */
    public static final String NOT_SHARED_KEY = "agreement.masked.notShared";

    /** The candidate as a party; nationalId only for those who may see it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Party(long id, String firstName, String lastName, String nationalId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApprovalsView(Instant mentorSignedConfidentialityAt, Instant candidateApprovedAt,
            OnBehalfReason candidateOnBehalfReason, Instant employerApprovedAt, Long employerApprovedBy,
            Instant counsellorApprovedAt, Long counsellorApprovedBy, Instant beslutterApprovedAt,
            Long beslutterApprovedBy) {
    }

    /** The monthly cost and grant by NAV's rules (whole kroner; parts with two decimals). */
    public record Calculation(BigDecimal hourlyWage, BigDecimal salary, BigDecimal holidayPay, BigDecimal pension,
            BigDecimal employerTax, BigDecimal monthlyTotal, List<GrantPeriod> periods) {
    }

    public record FieldMessage(String field, String message) {
    }

    /** One line of a process's agreement list. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(long id, AgreementStatus status, String statusText, boolean confidentialitySigned,
            LocalDate startDate, LocalDate endDate, long version) {
    }
}
