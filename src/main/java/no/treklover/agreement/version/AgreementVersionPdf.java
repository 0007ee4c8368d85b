package no.treklover.agreement.version;

import java.util.Map;
import java.util.Set;
import no.treklover.access.AccessPolicy.AgreementAccess;
import no.treklover.agreement.AgreementResponse.Calculation;
import no.treklover.agreement.grant.GrantPeriod;
import no.treklover.agreement.version.VersionSnapshot.Approval;
import no.treklover.platform.pdf.PdfComposer;
import org.springframework.stereotype.Component;

/**
 * One version of a concluded agreement as a printable A4 PDF: the agreement as signed with what the reader may see,
 * the calculation (not for the candidate), the approvals with names and times, and this version's change.
 */
@Component
class AgreementVersionPdf {

    /** Left out entirely for the candidate rather than shown empty. */
    private static final Set<String> PAY_FIELDS = Set.of("payType", "payAmount", "positionPercent",
            "holidayPayRate", "otpRate", "agaRate", "accountNumber", "kid", "mentorNationalId");

    private final VersionTexts texts;

    AgreementVersionPdf(VersionTexts texts) {
        this.texts = texts;
    }

    byte[] render(Versions.View v) {
        String title = texts.text("agreementversion.pdf.title", v.number());
        PdfComposer pdf = new PdfComposer(title);
        pdf.title(title);
        pdf.paragraph(texts.text("agreementversion.pdf.intro", v.agreementId(),
                texts.text("agreement.status." + v.status().name())));

        pdf.heading(texts.text("agreementversion.pdf.change"));
        pdf.field(texts.text("agreementversion.column.type"), texts.changeType(v.changeType()));
        if (v.reason() != null) {
            pdf.field(texts.text("agreementversion.column.reason"), texts.reason(v.reason(), v.reasonText()));
        }
        pdf.field(texts.text("agreementversion.column.effectiveFrom"), texts.date(v.effectiveFrom()));
        pdf.field(texts.text("agreementversion.column.changedBy"), orDash(v.changedByName()));
        pdf.field(texts.text("agreementversion.column.changedAt"), texts.time(v.changedAt()));

        pdf.heading(texts.text("agreementversion.pdf.candidate"));
        pdf.field(texts.text("agreementversion.pdf.candidateName"),
                v.candidate().firstName() + " " + v.candidate().lastName());
        if (v.candidate().nationalId() != null) {
            pdf.field(texts.text("agreementversion.pdf.nationalId"), v.candidate().nationalId());
        }

        pdf.heading(texts.text("agreementversion.pdf.content"));
        boolean withoutPay = v.access() == AgreementAccess.WITHOUT_PAY;
        for (Map.Entry<String, Object> field : ContentFields.flatten(v.content()).entrySet()) {
            if (withoutPay && PAY_FIELDS.contains(field.getKey())) {
                continue;
            }
            pdf.field(texts.label(field.getKey()), v.masked(field.getKey()) ? texts.notShared()
                    : texts.value(field.getKey(), field.getValue()));
        }

        Calculation calc = v.calculation();
        if (calc != null) {
            pdf.heading(texts.text("agreementversion.pdf.calculation"));
            pdf.field(texts.text("agreementversion.calc.hourlyWage"), texts.kroner(calc.hourlyWage()));
            pdf.field(texts.text("agreementversion.calc.salary"), texts.kroner(calc.salary()));
            pdf.field(texts.text("agreementversion.calc.holidayPay"), texts.kroner(calc.holidayPay()));
            pdf.field(texts.text("agreementversion.calc.pension"), texts.kroner(calc.pension()));
            pdf.field(texts.text("agreementversion.calc.employerTax"), texts.kroner(calc.employerTax()));
            pdf.field(texts.text("agreementversion.calc.monthlyTotal"), texts.kroner(calc.monthlyTotal()));
            if (!calc.periods().isEmpty()) {
                pdf.subheading(texts.text("agreementversion.calc.periods"));
                for (GrantPeriod period : calc.periods()) {
                    pdf.listLine(texts.date(period.from()) + " – " + texts.date(period.to()) + ": "
                            + texts.kroner(period.amount()), false);
                }
            }
        }

        pdf.heading(texts.text("agreementversion.pdf.approvals"));
        if (v.approvals().isEmpty()) {
            pdf.paragraph(texts.text("agreementversion.pdf.noApprovals"));
        }
        for (Approval approval : v.approvals()) {
            String who = orDash(approval.byName());
            if (approval.onBehalfReason() != null) {
                who = texts.text("agreementversion.approval.onBehalf", who,
                        texts.text("agreement.onBehalf." + approval.onBehalfReason().name()));
            }
            pdf.field(texts.text(approval.party().messageKey()), who + ", " + texts.time(approval.at()));
        }
        return pdf.finish((page, pages) -> texts.text("agreementversion.pdf.footer", page, pages));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }
}
