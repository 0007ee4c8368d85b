package no.treklover.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.treklover.agreement.SigningRules.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * States are written as letters: M mentor signed the confidentiality declaration, C candidate approved, c counsellor
 * approved for the candidate (reason NO_BANKID), E employer approved, V counsellor v1 approved, B beslutter b1
 * approved (concluded); "-" is nobody.
 */
class SigningRulesTest {

    static Approvals state(String code) {
        boolean candidate = code.contains("C") || code.contains("c");
        return new Approvals(code.contains("M"), candidate, code.contains("c") ? OnBehalfReason.NO_BANKID : null,
                code.contains("E"), code.contains("V") ? "v1" : null, code.contains("B") ? "b1" : null);
    }

    static String code(Approvals a) {
        StringBuilder s = new StringBuilder();
        if (a.mentorSignedConfidentiality()) {
            s.append('M');
        }
        if (a.candidateApproved()) {
            s.append(a.candidateOnBehalfReason() == null ? 'C' : 'c');
        }
        if (a.employerApproved()) {
            s.append('E');
        }
        if (a.counsellorApproved()) {
            assertThat(a.counsellorApprovedBy()).isEqualTo("v1");
            s.append('V');
        }
        if (a.concluded()) {
            assertThat(a.beslutterApprovedBy()).isEqualTo("b1");
            s.append('B');
        }
        return s.isEmpty() ? "-" : s.toString();
    }

    @ParameterizedTest(name = "{0} + {1} by {2} ({3}, complete {4}): {5}")
    @CsvSource(nullValues = "null", value = {
            // the mentor signs first
            "-,      SIGN,               null, null,      true,  M",
            "M,      SIGN,               null, null,      true,  agreement.signing.alreadySigned",
            "MCEVB,  SIGN,               null, null,      true,  agreement.signing.alreadySigned",
            // candidate and employer, any order, after the mentor
            "-,      CANDIDATE,          null, null,      true,  agreement.signing.mentorFirst",
            "-,      EMPLOYER,           null, null,      true,  agreement.signing.mentorFirst",
            "M,      CANDIDATE,          null, null,      true,  MC",
            "M,      EMPLOYER,           null, null,      true,  ME",
            "MC,     EMPLOYER,           null, null,      true,  MCE",
            "ME,     CANDIDATE,          null, null,      true,  MCE",
            "MC,     CANDIDATE,          null, null,      true,  agreement.signing.alreadyApproved",
            "ME,     EMPLOYER,           null, null,      true,  agreement.signing.alreadyApproved",
            // only the whole agreement can be approved
            "M,      CANDIDATE,          null, null,      false, agreement.signing.contentIncomplete",
            "ME,     CANDIDATE,          null, null,      false, agreement.signing.contentIncomplete",
            "M,      EMPLOYER,           null, null,      false, agreement.signing.contentIncomplete",
            "-,      EMPLOYER,           null, null,      false, agreement.signing.mentorFirst",
            "MCEV,   CANDIDATE,          null, null,      true,  agreement.signing.alreadyApproved",
            "McEV,   CANDIDATE,          null, null,      true,  agreement.signing.alreadyApproved",
            "MCEVB,  EMPLOYER,           null, null,      true,  agreement.signing.concluded",
            "MCEVB,  CANDIDATE,          null, null,      true,  agreement.signing.concluded",
            // the counsellor last
            "MCE,    COUNSELLOR,         v1,   null,      true,  MCEV",
            "MCE,    COUNSELLOR,         v1,   null,      false, agreement.signing.contentIncomplete",
            "MC,     COUNSELLOR,         v1,   null,      true,  agreement.signing.employerFirst",
            "MC,     COUNSELLOR,         v1,   NO_BANKID, true,  agreement.signing.employerFirst",
            "ME,     COUNSELLOR,         v1,   null,      true,  agreement.signing.candidateFirst",
            "M,      COUNSELLOR,         v1,   null,      true,  agreement.signing.employerFirst",
            "-,      COUNSELLOR,         v1,   null,      true,  agreement.signing.mentorFirst",
            "CE,     COUNSELLOR,         v1,   null,      true,  agreement.signing.mentorFirst",
            "MCEV,   COUNSELLOR,         v1,   null,      true,  agreement.signing.alreadyApproved",
            "MCEVB,  COUNSELLOR,         v1,   null,      true,  agreement.signing.concluded",
            "MCE,    COUNSELLOR,         '',   null,      true,  agreement.signing.actorRequired",
            "MCE,    COUNSELLOR,         null, null,      true,  agreement.signing.actorRequired",
            // on the candidate's behalf, with a reason; never when the candidate approved already
            "ME,     COUNSELLOR,         v1,   NO_BANKID, true,  McEV",
            "ME,     COUNSELLOR,         v1,   NO_BANKID, false, agreement.signing.contentIncomplete",
            "MCE,    COUNSELLOR,         v1,   NO_BANKID, true,  agreement.signing.candidateAlreadyApproved",
            // the beslutter, another person, concludes
            "MCEV,   BESLUTTER,          b1,   null,      true,  MCEVB",
            "McEV,   BESLUTTER,          b1,   null,      true,  McEVB",
            "MCEV,   BESLUTTER,          v1,   null,      true,  agreement.signing.beslutterSamePerson",
            "MCE,    BESLUTTER,          b1,   null,      true,  agreement.signing.counsellorFirst",
            "M,      BESLUTTER,          b1,   null,      true,  agreement.signing.counsellorFirst",
            "MCEVB,  BESLUTTER,          b1,   null,      true,  agreement.signing.concluded",
            "MCEV,   BESLUTTER,          ' ',  null,      true,  agreement.signing.actorRequired",
            // withdrawing before conclusion; the counsellor's approval goes with any other
            "MC,     WITHDRAW_CANDIDATE, null, null,      true,  M",
            "MCE,    WITHDRAW_CANDIDATE, null, null,      true,  ME",
            "MCEV,   WITHDRAW_CANDIDATE, null, null,      true,  ME",
            "McEV,   WITHDRAW_CANDIDATE, null, null,      true,  agreement.signing.approvedOnBehalf",
            "ME,     WITHDRAW_CANDIDATE, null, null,      true,  agreement.signing.notApproved",
            "MCEVB,  WITHDRAW_CANDIDATE, null, null,      true,  agreement.signing.concluded",
            "ME,     WITHDRAW_EMPLOYER,  null, null,      true,  M",
            "MCE,    WITHDRAW_EMPLOYER,  null, null,      true,  MC",
            "MCEV,   WITHDRAW_EMPLOYER,  null, null,      true,  MC",
            "McEV,   WITHDRAW_EMPLOYER,  null, null,      true,  Mc",
            "MC,     WITHDRAW_EMPLOYER,  null, null,      true,  agreement.signing.notApproved",
            "MCEVB,  WITHDRAW_EMPLOYER,  null, null,      true,  agreement.signing.concluded",
            "MCEV,   WITHDRAW_COUNSELLOR, null, null,     true,  MCE",
            "McEV,   WITHDRAW_COUNSELLOR, null, null,     true,  ME",
            "MCE,    WITHDRAW_COUNSELLOR, null, null,     true,  agreement.signing.notApproved",
            "MCEVB,  WITHDRAW_COUNSELLOR, null, null,     true,  agreement.signing.concluded",
    })
    void steps(String from, String action, String actor, OnBehalfReason reason, boolean complete, String expected) {
        Approvals a = state(from);
        SigningOutcome outcome = switch (action) {
            case "SIGN" -> SigningRules.signConfidentiality(a);
            case "CANDIDATE" -> SigningRules.approveAsCandidate(a, complete);
            case "EMPLOYER" -> SigningRules.approveAsEmployer(a, complete);
            case "COUNSELLOR" -> SigningRules.approveAsCounsellor(a, actor, reason, complete);
            case "BESLUTTER" -> SigningRules.approveAsBeslutter(a, actor);
            case "WITHDRAW_CANDIDATE" -> SigningRules.withdraw(a, Party.CANDIDATE);
            case "WITHDRAW_EMPLOYER" -> SigningRules.withdraw(a, Party.EMPLOYER);
            case "WITHDRAW_COUNSELLOR" -> SigningRules.withdraw(a, Party.COUNSELLOR);
            default -> throw new IllegalArgumentException(action);
        };

        if (expected.startsWith("agreement.")) {
            assertThat(outcome.isAllowed()).isFalse();
            assertThat(outcome.approvals()).isNull();
            assertThat(outcome.refusal().messageKey()).isEqualTo(expected);
        } else {
            assertThat(outcome.isAllowed()).isTrue();
            assertThat(code(outcome.approvals())).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}: mentor may open {1}, content editable {2}, concluded {3}")
    @CsvSource({
            "-,     false, true,  false",
            "M,     true,  true,  false",
            "MC,    true,  false, false",
            "ME,    true,  false, false",
            "MCE,   true,  false, false",
            "MCEV,  true,  false, false",
            "McEV,  true,  false, false",
            "MCEVB, true,  false, true",
    })
    void queries(String code, boolean mentorMayOpen, boolean editable, boolean concluded) {
        Approvals a = state(code);

        assertThat(SigningRules.mentorMayOpen(a)).isEqualTo(mentorMayOpen);
        assertThat(SigningRules.contentEditable(a)).isEqualTo(editable);
        assertThat(a.concluded()).isEqualTo(concluded);
    }

    @ParameterizedTest
    @CsvSource({"NO_BANKID", "RESERVED_AGAINST_DIGITAL_CONTACT", "DIGITAL_SKILLS"})
    void counsellorKeepsTheReasonForApprovingOnBehalf(OnBehalfReason reason) {
        Approvals approved = SigningRules.approveAsCounsellor(state("ME"), "v1", reason, true).approvals();
        Approvals concluded = SigningRules.approveAsBeslutter(approved, "b1").approvals();

        assertThat(concluded.candidateOnBehalfReason()).isEqualTo(reason);
        assertThat(concluded.counsellorApprovedBy()).isEqualTo("v1");
    }

    @Test
    void aWholeRoundInEitherOrder() {
        Approvals a = SigningRules.signConfidentiality(Approvals.NONE).approvals();
        a = SigningRules.approveAsEmployer(a, true).approvals();
        a = SigningRules.approveAsCandidate(a, true).approvals();
        a = SigningRules.approveAsCounsellor(a, "v1", null, true).approvals();
        a = SigningRules.approveAsBeslutter(a, "b1").approvals();

        assertThat(code(a)).isEqualTo("MCEVB");
    }

    @Test
    void refusesImpossibleStates() {
        assertThatThrownBy(() -> new Approvals(true, false, OnBehalfReason.NO_BANKID, true, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Approvals(true, true, null, true, null, "b1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
