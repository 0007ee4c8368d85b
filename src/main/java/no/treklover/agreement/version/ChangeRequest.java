package no.treklover.agreement.version;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.treklover.agreement.Contact;
import no.treklover.agreement.grant.PayType;

/**
 * A targeted change of a concluded agreement: its type and the new values of what that type changes
 * ({@link ChangeRules#fields}). The type's fields replace the current ones as a whole (an empty optional field
 * clears it); fields of other types must be left out. Rates are fractions (0.12 = 12 %).
 *
 * @param endDate the new end date (FORLENGE, FORKORTE)
 * @param reason why the agreement is shortened (FORKORTE); {@code reasonText} with ANNET
 * @param effectiveFrom from when the new calculation applies (ENDRE_BEREGNING), inside the agreement period
 */
public record ChangeRequest(
        ChangeType type,
        LocalDate endDate,
        ShorteningReason reason,
        String reasonText,
        String mentorFirstName,
        String mentorLastName,
        String mentorPhone,
        String mentorEmail,
        String tasks,
        PayType payType,
        BigDecimal payAmount,
        BigDecimal positionPercent,
        BigDecimal hoursPerMonth,
        BigDecimal holidayPayRate,
        BigDecimal otpRate,
        BigDecimal agaRate,
        LocalDate effectiveFrom,
        Contact candidateContact,
        Contact employerContact,
        Contact counsellorContact,
        String followUp) {

    /** A request of a type with nothing else in it. */
    public static ChangeRequest of(ChangeType type) {
        return new ChangeRequest(type, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }
}
