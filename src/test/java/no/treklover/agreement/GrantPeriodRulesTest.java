package no.treklover.agreement;

import static no.treklover.agreement.GrantPeriodStatus.ANNULLERT;
import static no.treklover.agreement.GrantPeriodStatus.AVSLATT;
import static no.treklover.agreement.GrantPeriodStatus.GODKJENT;
import static no.treklover.agreement.GrantPeriodStatus.UBEHANDLET;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.treklover.agreement.GrantPeriodRules.Existing;
import no.treklover.agreement.GrantPeriodRules.Planned;
import no.treklover.agreement.GrantPeriodRules.Recalculation;
import no.treklover.agreement.GrantPeriodRules.RejectionEffect;
import no.treklover.platform.errors.RuleViolationException.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The beslutter's rules on grant periods, table by table. */
class GrantPeriodRulesTest {

    @ParameterizedTest(name = "{0} first={1} from={2} concluded={3} counsellor={4} beslutter={5} → {7}")
    @CsvSource(nullValues = "null", value = {
            // status,   first, from,       concluded, counsellor, beslutter, today,      refusal
            "UBEHANDLET, true,  2027-04-01, false,     7,          9,         2027-03-10, -",
            "UBEHANDLET, true,  2027-06-15, false,     7,          9,         2027-03-10, -",
            "UBEHANDLET, false, 2027-04-01, false,     7,          9,         2027-03-10, grantPeriod.decision.firstPeriodFirst",
            "UBEHANDLET, true,  2027-04-01, false,     7,          7,         2027-03-10, agreement.signing.beslutterSamePerson",
            "UBEHANDLET, false, 2027-04-01, true,      7,          7,         2027-04-01, agreement.signing.beslutterSamePerson",
            "UBEHANDLET, true,  2027-04-01, false,     null,       9,         2027-03-10, agreement.signing.counsellorFirst",
            "UBEHANDLET, true,  2027-04-01, false,     7,          null,      2027-03-10, agreement.signing.actorRequired",
            "UBEHANDLET, true,  2027-04-01, false,     7,          ' ',       2027-03-10, agreement.signing.actorRequired",
            "GODKJENT,   true,  2027-04-01, true,      7,          9,         2027-04-01, grantPeriod.decision.notPending",
            "AVSLATT,    false, 2027-04-01, true,      7,          9,         2027-04-01, grantPeriod.decision.notPending",
            "ANNULLERT,  false, 2027-04-01, true,      7,          9,         2027-04-01, grantPeriod.decision.notPending",
            "UBEHANDLET, false, 2027-04-01, true,      7,          9,         2027-03-31, grantPeriod.decision.tooEarly",
            "UBEHANDLET, false, 2027-04-01, true,      7,          9,         2027-04-01, -",
            "UBEHANDLET, false, 2027-04-15, true,      7,          9,         2027-04-01, -",
            "UBEHANDLET, false, 2027-04-15, true,      7,          9,         2027-03-31, grantPeriod.decision.tooEarly",
            "UBEHANDLET, false, 2027-02-01, true,      7,          9,         2027-03-10, -",
            "UBEHANDLET, false, 2027-04-01, true,      null,       9,         2027-04-01, -",
    })
    void whoMayDecideWhen(GrantPeriodStatus status, boolean first, LocalDate from, boolean concluded,
            String counsellor, String beslutter, LocalDate today, String refusal) {
        Violation v = GrantPeriodRules.refuseDecision(new GrantPeriodRules.Decision(status, first, from, concluded,
                counsellor, beslutter, today));
        assertThat(v == null ? "-" : v.messageKey()).isEqualTo(refusal);
    }

    @ParameterizedTest
    @CsvSource({"2027-04-01, 2027-04-01", "2027-04-15, 2027-04-01", "2027-12-31, 2027-12-01"})
    void laterPeriodsCanBeDecidedFromTheFirstDayOfTheirMonth(LocalDate from, LocalDate decidable) {
        assertThat(GrantPeriodRules.decidableFrom(from)).isEqualTo(decidable);
    }

    @ParameterizedTest
    @CsvSource({"false, WITHDRAW_COUNSELLOR_APPROVAL", "true, BACK_TO_COUNSELLOR"})
    void rejectingTheFirstPeriodWithdrawsTheCounsellorsApproval(boolean concluded, RejectionEffect effect) {
        assertThat(GrantPeriodRules.rejectionEffect(concluded)).isEqualTo(effect);
    }

    static Stream<Arguments> rejections() {
        Set<GrantPeriodRejectionReason> one = EnumSet.of(GrantPeriodRejectionReason.FEIL_I_BEREGNING);
        Set<GrantPeriodRejectionReason> all = EnumSet.allOf(GrantPeriodRejectionReason.class);
        return Stream.of(
                Arguments.of(one, "Satsen for feriepenger er feil", List.of()),
                Arguments.of(all, "x", List.of()),
                Arguments.of(one, "x".repeat(2000), List.of()),
                Arguments.of(one, "x".repeat(2001), List.of("explanation")),
                Arguments.of(Set.of(), "Forklaring", List.of("reasons")),
                Arguments.of(null, "Forklaring", List.of("reasons")),
                Arguments.of(one, "   ", List.of("explanation")),
                Arguments.of(one, null, List.of("explanation")),
                Arguments.of(null, null, List.of("reasons", "explanation")));
    }

    @ParameterizedTest
    @MethodSource("rejections")
    void aRejectionNeedsReasonsAndAnExplanation(Set<GrantPeriodRejectionReason> reasons, String explanation,
            List<String> fields) {
        assertThat(GrantPeriodRules.checkRejection(reasons, explanation)).extracting(Violation::field)
                .containsExactlyElementsOf(fields);
    }

    @ParameterizedTest
    @CsvSource({
            "AVSLATT,    true,  -",
            "AVSLATT,    false, grantPeriod.resubmission.approveAgain",
            "UBEHANDLET, true,  grantPeriod.resubmission.notRejected",
            "GODKJENT,   true,  grantPeriod.resubmission.notRejected",
            "ANNULLERT,  true,  grantPeriod.resubmission.notRejected",
    })
    void theCounsellorResendsARejectedLaterPeriod(GrantPeriodStatus status, boolean concluded, String refusal) {
        Violation v = GrantPeriodRules.refuseResubmission(status, concluded);
        assertThat(v == null ? "-" : v.messageKey()).isEqualTo(refusal);
    }

    static Stream<Arguments> revocations() {
        Approvals signed = new Approvals(true, false, null, false, null, null);
        Approvals candidate = new Approvals(true, true, null, false, null, null);
        Approvals all = new Approvals(true, true, null, true, "7", null);
        Approvals onBehalf = new Approvals(true, true, OnBehalfReason.values()[0], true, "7", null);
        Approvals concluded = new Approvals(true, true, null, true, "7", "9");
        Approvals revoked = new Approvals(true, false, null, false, null, null);
        return Stream.of(
                Arguments.of(signed, "agreement.signing.notApproved", null),
                Arguments.of(Approvals.NONE, "agreement.signing.notApproved", null),
                Arguments.of(candidate, "-", revoked),
                Arguments.of(all, "-", revoked),
                Arguments.of(onBehalf, "-", revoked),
                Arguments.of(concluded, "agreement.signing.concluded", null));
    }

    @ParameterizedTest
    @MethodSource("revocations")
    void revokingWithdrawsEveryApprovalButKeepsTheMentorsDeclaration(Approvals before, String refusal,
            Approvals after) {
        SigningOutcome outcome = GrantPeriodRules.revokeAllApprovals(before);
        assertThat(outcome.isAllowed() ? "-" : outcome.refusal().messageKey()).isEqualTo(refusal);
        assertThat(outcome.approvals()).isEqualTo(after);
        if (after != null) {
            assertThat(SigningRules.contentEditable(after)).isTrue();
        }
    }

    // ------------------------------------------------------------------ recalculation after an amendment

    private static final BigDecimal MONTHLY = new BigDecimal("7821");

    /** 15 Jan – 14 Apr 2027 at 7 821 kr: 4 368, 7 821, 7 821, 3 597. */
    private static List<Existing> stored(GrantPeriodStatus... statuses) {
        List<Planned> planned = GrantPeriodRules.generate(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 4, 14),
                MONTHLY);
        List<Existing> existing = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            Planned p = planned.get(i);
            existing.add(new Existing(i + 1, p.from(), p.to(), p.monthlyAmount(), statuses[i]));
        }
        return existing;
    }

    private static List<String> lines(List<Planned> planned) {
        return planned.stream().map(p -> p.from() + ".." + p.to() + "=" + p.amount().toPlainString() + "/"
                + p.monthlyAmount().toPlainString()).toList();
    }

    @Test
    void generatesOnePeriodPerCalendarMonthWithPartMonthsProrated() {
        assertThat(lines(GrantPeriodRules.generate(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 4, 14), MONTHLY)))
                .containsExactly("2027-01-15..2027-01-31=4368/7821", "2027-02-01..2027-02-28=7821/7821",
                        "2027-03-01..2027-03-31=7821/7821", "2027-04-01..2027-04-14=3597/7821");
    }

    @Test
    void extendingKeepsEveryPeriodAndAddsTheNewMonths() {
        Recalculation r = GrantPeriodRules.recalculate(stored(GODKJENT, GODKJENT, UBEHANDLET, UBEHANDLET),
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 6, 30), MONTHLY, LocalDate.of(2027, 4, 15));
        assertThat(r.keep()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(r.supersede()).isEmpty();
        assertThat(lines(r.create())).containsExactly("2027-04-15..2027-04-30=4111/7821",
                "2027-05-01..2027-05-31=7821/7821", "2027-06-01..2027-06-30=7821/7821");
    }

    @Test
    void shorteningSupersedesThePeriodsAfterTheNewEnd() {
        Recalculation r = GrantPeriodRules.recalculate(stored(GODKJENT, GODKJENT, GODKJENT, UBEHANDLET),
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 2, 28), MONTHLY, LocalDate.of(2027, 3, 1));
        assertThat(r.keep()).containsExactly(1L, 2L);
        assertThat(r.supersede()).containsExactly(3L, 4L);
        assertThat(r.create()).isEmpty();
    }

    @Test
    void shorteningWithALaterDateTakesEffectTheDayAfterTheNewEnd() {
        Recalculation r = GrantPeriodRules.recalculate(stored(GODKJENT, GODKJENT, UBEHANDLET, UBEHANDLET),
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 3, 20), MONTHLY, LocalDate.of(2027, 5, 1));
        assertThat(r.keep()).containsExactly(1L, 2L);
        assertThat(r.supersede()).containsExactly(3L, 4L);
        assertThat(lines(r.create())).containsExactly("2027-03-01..2027-03-20=5139/7821");
    }

    @Test
    void aNewMonthlySumMidMonthSplitsThatMonthAndReplacesTheRest() {
        Recalculation r = GrantPeriodRules.recalculate(stored(GODKJENT, GODKJENT, UBEHANDLET, UBEHANDLET),
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 4, 14), new BigDecimal("9000"),
                LocalDate.of(2027, 2, 15));
        assertThat(r.keep()).containsExactly(1L);
        assertThat(r.supersede()).containsExactly(2L, 3L, 4L);
        assertThat(lines(r.create())).containsExactly("2027-02-01..2027-02-14=3597/7821",
                "2027-02-15..2027-02-28=4140/9000", "2027-03-01..2027-03-31=9000/9000",
                "2027-04-01..2027-04-14=4140/9000");
    }

    @Test
    void rejectedAndSupersededPeriodsBeforeTheDateStayAndAnnulledOnesAreIgnored() {
        Recalculation r = GrantPeriodRules.recalculate(stored(GODKJENT, AVSLATT, ANNULLERT, UBEHANDLET),
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 4, 14), MONTHLY, LocalDate.of(2027, 4, 1));
        assertThat(r.keep()).containsExactly(1L, 2L);
        assertThat(r.supersede()).containsExactly(4L);
        assertThat(lines(r.create())).containsExactly("2027-04-01..2027-04-14=3597/7821");
    }

    @Test
    void withoutACalculationOnlyTheOldPeriodsFromTheDateGo() {
        Recalculation r = GrantPeriodRules.recalculate(stored(GODKJENT, UBEHANDLET, UBEHANDLET, UBEHANDLET),
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 4, 14), null, LocalDate.of(2027, 3, 1));
        assertThat(r.keep()).containsExactly(1L, 2L);
        assertThat(r.supersede()).containsExactly(3L, 4L);
        assertThat(r.create()).isEmpty();
    }
}
