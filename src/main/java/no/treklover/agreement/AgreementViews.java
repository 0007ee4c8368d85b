package no.treklover.agreement;


import java.time.LocalDate;
import java.util.List;
import no.treklover.access.AccessPolicy.AgreementAccess;
import no.treklover.agreement.AgreementResponse.ApprovalsView;
import no.treklover.agreement.AgreementResponse.Calculation;
import no.treklover.agreement.AgreementResponse.FieldMessage;
import no.treklover.agreement.AgreementResponse.Party;
import no.treklover.agreement.AgreementResponse.Summary;
import no.treklover.agreement.grant.GrantPeriods;
import no.treklover.agreement.grant.HourlyWage;
import no.treklover.agreement.grant.MonthlyCost;
import no.treklover.candidate.Candidate;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.text.PageLocale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds what a caller sees of an agreement: masking by {@link AgreementAccess}, derived status, calculation. */
@Component
class AgreementViews {

    /** The adaptation text: shown to the mentor and the employer only with the candidate's consent. */
    static final String ADAPTATION = "adaptation";

    private final MessageSource messages;

    AgreementViews(MessageSource messages) {
        this.messages = messages;
    }

    AgreementResponse response(LoadedAgreement loaded, LocalDate today) {
        MentorAgreement a = loaded.agreement();
        AgreementAccess access = loaded.access();
        AgreementStatus status = a.status(today);
        boolean signed = a.approvals().mentorSignedConfidentiality();
        if (access == AgreementAccess.DECLARATION_ONLY) {
            return new AgreementResponse(a.getId(), a.getProcessId(), access, status, text(status.messageKey()),
                    signed, text("agreement.confidentiality.text"), null, null, null, null, null, null, null, null,
                    null, null, null, null, null, a.getVersion());
        }
        boolean seesPay = access != AgreementAccess.WITHOUT_PAY;
        AgreementContent full = a.content();
        AgreementContent paid = seesPay ? full : withoutPay(full);
        AgreementContent content = loaded.seesAdaptation() ? paid : withAdaptation(paid, null);
        Candidate c = loaded.candidate();
        String nationalId = access == AgreementAccess.WITHOUT_NATIONAL_ID ? null : c.getNationalId();
        return new AgreementResponse(a.getId(), a.getProcessId(), access, status, text(status.messageKey()), signed,
                null, new Party(c.getId(), c.getFirstName(), c.getLastName(), nationalId), content, approvals(a),
                seesPay ? calculation(full) : null, messages(AgreementRules.missingRequiredFields(full)),
                messages(AgreementRules.warnings(content)), maskedFields(loaded.seesAdaptation()), a.getAnnulledAt(), a.getAnnulmentReason(),
                a.getConcludedAt(), a.getLastTouchedAt(), a.getEmployerId(), a.getMentorUserId(), a.getVersion());
    }

    Summary summary(LoadedAgreement loaded, LocalDate today) {
        MentorAgreement a = loaded.agreement();
        AgreementStatus status = a.status(today);
        AgreementContent c = a.content();
        return new Summary(a.getId(), status, text(status.messageKey()),
                a.approvals().mentorSignedConfidentiality(), c.startDate(), c.endDate(), a.getVersion());
    }

    /** The candidate never sees the mentor's pay, rates, the employer's account, nor the mentor's national id. */
    static AgreementContent withoutPay(AgreementContent c) {
        return new AgreementContent(c.mentorFirstName(), c.mentorLastName(), c.mentorPhone(), c.mentorEmail(), null,
                c.tasks(), c.hoursPerMonth(), null, null, null, c.startDate(), c.endDate(), c.followUp(),
                c.adaptation(), null, null, null, null, null, c.familyTie(), c.familyTieReason(),
                c.candidateContact(), c.employerContact(), c.counsellorContact());
    }

    /** The fields left out for this reader because the candidate has not consented to share them; null if none. */
    List<FieldMessage> maskedFields(boolean seesAdaptation) {
        return seesAdaptation ? null : List.of(new FieldMessage(ADAPTATION, text(AgreementResponse.NOT_SHARED_KEY)));
    }

    /** The content with this adaptation text instead of its own (null: left out). */
    static AgreementContent withAdaptation(AgreementContent c, String adaptation) {
        return new AgreementContent(c.mentorFirstName(), c.mentorLastName(), c.mentorPhone(), c.mentorEmail(),
                c.mentorNationalId(), c.tasks(), c.hoursPerMonth(), c.payType(), c.payAmount(), c.positionPercent(),
                c.startDate(), c.endDate(), c.followUp(), adaptation, c.holidayPayRate(), c.otpRate(), c.agaRate(),
                c.accountNumber(), c.kid(), c.familyTie(), c.familyTieReason(), c.candidateContact(),
                c.employerContact(), c.counsellorContact());
    }

    /** The calculation once pay, hours and rates are filled in and usable; null before. */
    static Calculation calculation(AgreementContent c) {
        if (c.payType() == null || c.payAmount() == null || c.hoursPerMonth() == null || c.holidayPayRate() == null
                || c.otpRate() == null || c.agaRate() == null) {
            return null;
        }
        if (!c.payType().isHourly() && (c.positionPercent() == null || c.positionPercent().signum() <= 0)) {
            return null;
        }
        HourlyWage hourly = HourlyWage.of(c.payType(), c.payAmount(), c.positionPercent());
        MonthlyCost cost = MonthlyCost.of(hourly, c.hoursPerMonth(), c.holidayPayRate(), c.otpRate(), c.agaRate());
        boolean period = c.startDate() != null && c.endDate() != null && !c.endDate().isBefore(c.startDate());
        return new Calculation(hourly.wholeKroner(), MonthlyCost.display(cost.salary()),
                MonthlyCost.display(cost.holidayPay()), MonthlyCost.display(cost.pension()),
                MonthlyCost.display(cost.employerTax()), cost.total(),
                period ? GrantPeriods.of(c.startDate(), c.endDate(), cost.total()) : List.of());
    }

    private static ApprovalsView approvals(MentorAgreement a) {
        return new ApprovalsView(a.getMentorSignedConfidentialityAt(), a.getCandidateApprovedAt(),
                a.getCandidateOnBehalfReason(), a.getEmployerApprovedAt(), a.getEmployerApprovedBy(),
                a.getCounsellorApprovedAt(), a.getCounsellorApprovedBy(), a.getBeslutterApprovedAt(),
                a.getBeslutterApprovedBy());
    }

    private List<FieldMessage> messages(List<Violation> violations) {
        return violations.stream()
                .map(v -> new FieldMessage(v.field(),
                        messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), PageLocale.current())))
                .toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, PageLocale.current());
    }

}
