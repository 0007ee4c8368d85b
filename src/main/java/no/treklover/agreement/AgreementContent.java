package no.treklover.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.treklover.agreement.grant.PayType;
import no.treklover.identifiers.AccountNumber;
import no.treklover.identifiers.Kid;
import no.treklover.identifiers.NationalId;

/**
 * Everything the parties agree on in a mentor agreement (BRIEF §4). Any field may be empty while the agreement is
 * being filled in; {@link AgreementRules#missingRequiredFields} says what is still missing, {@link AgreementRules#check}
 * whether what is filled in is allowed. Rates are fractions (0.12 = 12 %); stillingsprosent is 0–100.
 *
 * @param mentorNationalId optional; when given it decides whether the mentor is the candidate (else names + phone)
 * @param familyTie whether the mentor is family of the candidate or otherwise closely related; {@code familyTieReason}
 *     is required when true
 */
public record AgreementContent(
        String mentorFirstName,
        String mentorLastName,
        String mentorPhone,
        String mentorEmail,
        String mentorNationalId,
        String tasks,
        BigDecimal hoursPerMonth,
        PayType payType,
        BigDecimal payAmount,
        BigDecimal positionPercent,
        LocalDate startDate,
        LocalDate endDate,
        String followUp,
        String adaptation,
        BigDecimal holidayPayRate,
        BigDecimal otpRate,
        BigDecimal agaRate,
        String accountNumber,
        String kid,
        Boolean familyTie,
        String familyTieReason,
        Contact candidateContact,
        Contact employerContact,
        Contact counsellorContact) {

    public AgreementContent {
        // Identifiers are kept as their digits however they were typed ("1234 56 78903", "010190 12345"), as the
        // candidate's national id is, so what is accepted fits its column; an invalid one is kept as typed for the
        // rules to refuse.
        mentorNationalId = NationalId.parse(mentorNationalId).map(NationalId::digits).orElse(mentorNationalId);
        accountNumber = AccountNumber.isValid(accountNumber) ? AccountNumber.normalise(accountNumber) : accountNumber;
        kid = Kid.isValid(kid) ? Kid.normalise(kid) : kid;
        mentorPhone = Contact.stripped(mentorPhone);
        mentorEmail = Contact.stripped(mentorEmail);
        candidateContact = candidateContact == null ? Contact.empty() : candidateContact;
        employerContact = employerContact == null ? Contact.empty() : employerContact;
        counsellorContact = counsellorContact == null ? Contact.empty() : counsellorContact;
    }

    /** A new, empty agreement. */
    public static AgreementContent empty() {
        return new AgreementContent(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }
}
