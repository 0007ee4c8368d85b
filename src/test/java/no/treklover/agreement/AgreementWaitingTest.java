package no.treklover.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Which approve button the agreement page offers, as a pure rule: only one that {@link SigningRules} will accept,
 * otherwise whose turn it is. Each case is checked against the signing rule itself, so the page and the rule cannot
 * drift apart.
 */
class AgreementWaitingTest {

    private static final Approvals NOTHING = new Approvals(false, false, null, false, null, null);
    private static final Approvals SIGNED = new Approvals(true, false, null, false, null, null);
    private static final Approvals EMPLOYER = new Approvals(true, false, null, true, null, null);
    private static final Approvals BOTH = new Approvals(true, true, null, true, null, null);
    private static final Approvals COUNSELLOR = new Approvals(true, true, null, true, "7", null);

    @Test
    void beforeTheMentorSignsNobodyIsOfferedToApprove() {
        for (ApprovalRole role : new ApprovalRole[] {ApprovalRole.CANDIDATE, ApprovalRole.EMPLOYER,
                ApprovalRole.COUNSELLOR}) {
            assertThat(AgreementPages.waitingKey(role, NOTHING, false)).as(role.name())
                    .isEqualTo("agreementPage.waiting.mentor");
        }
        assertThat(SigningRules.approveAsEmployer(NOTHING, true).isAllowed()).isFalse();
        assertThat(SigningRules.approveAsCandidate(NOTHING, true).isAllowed()).isFalse();
    }

    @Test
    void incompleteContentWaitsForTheCounsellorWhoIsToldToFillItIn() {
        assertThat(AgreementPages.waitingKey(ApprovalRole.EMPLOYER, SIGNED, true))
                .isEqualTo("agreementPage.waiting.fields");
        assertThat(AgreementPages.waitingKey(ApprovalRole.COUNSELLOR, EMPLOYER, true))
                .isEqualTo("agreementPage.waiting.fieldsOwn");
        assertThat(SigningRules.approveAsEmployer(SIGNED, false).isAllowed()).isFalse();
    }

    @Test
    void theCounsellorWaitsForTheEmployerButNotForTheCandidateSheMayApproveFor() {
        assertThat(AgreementPages.waitingKey(ApprovalRole.COUNSELLOR, SIGNED, false))
                .isEqualTo("agreementPage.waiting.employer");
        assertThat(SigningRules.approveAsCounsellor(SIGNED, "7", OnBehalfReason.values()[0], true).isAllowed())
                .isFalse();
        assertThat(AgreementPages.waitingKey(ApprovalRole.COUNSELLOR, EMPLOYER, false)).isNull();
        assertThat(SigningRules.approveAsCounsellor(EMPLOYER, "7", OnBehalfReason.values()[0], true).isAllowed())
                .isTrue();
        assertThat(AgreementPages.waitingKey(ApprovalRole.CANDIDATE, EMPLOYER, false)).isNull();
        assertThat(SigningRules.approveAsCandidate(EMPLOYER, true).isAllowed()).isTrue();
    }

    @Test
    void theBeslutterWaitsForTheCounsellor() {
        assertThat(AgreementPages.waitingKey(ApprovalRole.DECISION_MAKER, BOTH, false))
                .isEqualTo("agreementPage.waiting.counsellor");
        assertThat(SigningRules.approveAsBeslutter(BOTH, "8").isAllowed()).isFalse();
        assertThat(AgreementPages.waitingKey(ApprovalRole.DECISION_MAKER, COUNSELLOR, false)).isNull();
        assertThat(SigningRules.approveAsBeslutter(COUNSELLOR, "8").isAllowed()).isTrue();
    }

    @Test
    void theCandidateIsToldOfAVersionOnlyWhenWhatSheSeesChanged() {
        AgreementContent before = content("20", "300");
        assertThat(AgreementNotifications.candidateSeesChange(before, content("20", "320"))).as("pay only")
                .isFalse();
        assertThat(AgreementNotifications.candidateSeesChange(before, content("20.00", "300"))).as("same hours")
                .isFalse();
        assertThat(AgreementNotifications.candidateSeesChange(before, content("25", "300"))).as("hours").isTrue();
    }

    private static AgreementContent content(String hours, String pay) {
        AgreementForm form = AgreementForm.of(AgreementContent.empty(), 0);
        form.setTasks("Lære opp kandidaten");
        form.setHoursPerMonth(new BigDecimal(hours));
        form.setPayAmount(new BigDecimal(pay));
        return form.toContent();
    }
}
