package no.treklover.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import no.treklover.agreement.grant.GrantPeriod;
import no.treklover.agreement.grant.GrantPeriods;
import no.treklover.platform.errors.RuleViolationException.Violation;

/**
 * The beslutter's decisions on grant periods (BRIEF §4) as pure rules, no Spring and no database:
 * <ul>
 * <li>a period is decided once, by a beslutter who is not the counsellor who approved the agreement;</li>
 * <li>before the agreement is concluded only its first period can be decided, and approving it concludes it;</li>
 * <li>after conclusion a period can be decided from the first day of its month;</li>
 * <li>rejecting needs one or more reasons and an explanation; a rejected first period withdraws the counsellor's
 * approval (the counsellor corrects and approves again), a rejected later period goes back to the counsellor, who
 * resends it;</li>
 * <li>an amendment from a date keeps the periods before it and replaces those from it on ({@link #recalculate}).</li>
 * </ul>
 */
public final class GrantPeriodRules {

    public static final int EXPLANATION_MAX_LENGTH = 2000;

    private GrantPeriodRules() {
    }

    /** What a decision on one period depends on. Idents are app_user ids as text, as in {@link Approvals}. */
    public record Decision(GrantPeriodStatus status, boolean firstActive, LocalDate from, boolean agreementConcluded,
            String counsellorApprovedBy, String beslutterId, LocalDate today) {
    }

    /** What rejecting does to the agreement. */
    public enum RejectionEffect {
        /** The first period: the counsellor's approval is withdrawn; the agreement waits for approval again. */
        WITHDRAW_COUNSELLOR_APPROVAL,
        /** A later period: it waits with the counsellor, who corrects and resends it. */
        BACK_TO_COUNSELLOR
    }

    /** Why the beslutter may not decide this period now; null when they may. */
    public static Violation refuseDecision(Decision d) {
        if (d.status() != GrantPeriodStatus.UBEHANDLET) {
            return new Violation("period", "grantPeriod.decision.notPending");
        }
        if (d.beslutterId() == null || d.beslutterId().isBlank()) {
            return new Violation("period", "agreement.signing.actorRequired");
        }
        if (d.counsellorApprovedBy() == null && !d.agreementConcluded()) {
            return new Violation("period", "agreement.signing.counsellorFirst");
        }
        if (d.beslutterId().equals(d.counsellorApprovedBy())) {
            return new Violation("period", "agreement.signing.beslutterSamePerson");
        }
        if (!d.agreementConcluded() && !d.firstActive()) {
            return new Violation("period", "grantPeriod.decision.firstPeriodFirst");
        }
        if (d.agreementConcluded() && d.today().isBefore(decidableFrom(d.from()))) {
            return new Violation("period", "grantPeriod.decision.tooEarly",
                    no.treklover.platform.text.NorwegianFormat.date(decidableFrom(d.from())));
        }
        return null;
    }

    /** A period after the first can be decided from the first day of its month. */
    public static LocalDate decidableFrom(LocalDate periodFrom) {
        return periodFrom.withDayOfMonth(1);
    }

    public static RejectionEffect rejectionEffect(boolean agreementConcluded) {
        return agreementConcluded ? RejectionEffect.BACK_TO_COUNSELLOR : RejectionEffect.WITHDRAW_COUNSELLOR_APPROVAL;
    }

    /** Field errors of a rejection: at least one reason and an explanation of at most 2000 characters. */
    public static List<Violation> checkRejection(Set<GrantPeriodRejectionReason> reasons, String explanation) {
        List<Violation> violations = new ArrayList<>();
        if (reasons == null || reasons.isEmpty()) {
            violations.add(new Violation("reasons", "grantPeriod.rejection.reasonsRequired"));
        }
        if (explanation == null || explanation.isBlank()) {
            violations.add(new Violation("explanation", "grantPeriod.rejection.explanationRequired"));
        } else if (explanation.strip().length() > EXPLANATION_MAX_LENGTH) {
            violations.add(new Violation("explanation", "grantPeriod.rejection.explanationTooLong",
                    EXPLANATION_MAX_LENGTH));
        }
        return violations;
    }

    /**
     * Why the counsellor may not resend this period; null when they may. A rejected first period is not resent: the
     * counsellor approves the agreement again, which makes new periods.
     */
    public static Violation refuseResubmission(GrantPeriodStatus status, boolean agreementConcluded) {
        if (status != GrantPeriodStatus.AVSLATT) {
            return new Violation("period", "grantPeriod.resubmission.notRejected");
        }
        if (!agreementConcluded) {
            return new Violation("period", "grantPeriod.resubmission.approveAgain");
        }
        return null;
    }

    /**
     * "Opphev godkjenninger": the counsellor withdraws every approval so the content can be corrected; the parties
     * then approve again in the signing order. Not after conclusion, and only when someone has approved.
     */
    public static SigningOutcome revokeAllApprovals(Approvals a) {
        if (a.concluded()) {
            return SigningOutcome.refused("agreement.signing.concluded");
        }
        if (!a.anyApproval()) {
            return SigningOutcome.refused("agreement.signing.notApproved");
        }
        return SigningOutcome.allowed(new Approvals(a.mentorSignedConfidentiality(), false, null, false, null, null));
    }

    /** A period as stored, for recalculation. */
    public record Existing(long id, LocalDate from, LocalDate to, BigDecimal monthlyAmount, GrantPeriodStatus status) {
    }

    /** A period to create. */
    public record Planned(LocalDate from, LocalDate to, BigDecimal amount, BigDecimal monthlyAmount) {
    }

    /** What a recalculation does: which stored periods stay, which are superseded, and which are new. */
    public record Recalculation(List<Long> keep, List<Long> supersede, List<Planned> create) {
    }

    /** The periods of a whole agreement, one per calendar month ({@link GrantPeriods}). */
    public static List<Planned> generate(LocalDate start, LocalDate end, BigDecimal monthlyAmount) {
        return planned(GrantPeriods.of(start, end, monthlyAmount), monthlyAmount);
    }

    /**
     * After an amendment effective from {@code effectiveFrom} (the agreement now runs {@code newStart}–{@code newEnd}
     * at {@code newMonthly}): periods that end before the date stay as they are, whatever their status; every active
     * period from the date on (undecided, approved or rejected) is superseded; a period the date falls inside is
     * split, its part before the date prorated at its old monthly amount and undecided again (its amount changed);
     * from the date to the new end come new undecided periods at the new monthly amount. A shortening that ends
     * before the date takes effect the day after the new end.
     */
    public static Recalculation recalculate(List<Existing> active, LocalDate newStart, LocalDate newEnd,
            BigDecimal newMonthly, LocalDate effectiveFrom) {
        LocalDate effective = effectiveFrom;
        if (newEnd != null && effective.isAfter(newEnd.plusDays(1))) {
            effective = newEnd.plusDays(1);
        }
        List<Long> keep = new ArrayList<>();
        List<Long> supersede = new ArrayList<>();
        List<Planned> create = new ArrayList<>();
        for (Existing p : active.stream().sorted(Comparator.comparing(Existing::from)).toList()) {
            if (!p.status().active()) {
                continue;
            }
            if (p.to().isBefore(effective)) {
                keep.add(p.id());
                continue;
            }
            supersede.add(p.id());
            if (p.from().isBefore(effective)) {
                LocalDate headEnd = effective.minusDays(1);
                if (newEnd != null && newEnd.isBefore(headEnd)) {
                    headEnd = newEnd;
                }
                if (!headEnd.isBefore(p.from())) {
                    create.addAll(planned(GrantPeriods.of(p.from(), headEnd, p.monthlyAmount()), p.monthlyAmount()));
                }
            }
        }
        if (newStart != null && newEnd != null && newMonthly != null) {
            LocalDate tailStart = effective.isBefore(newStart) ? newStart : effective;
            if (!tailStart.isAfter(newEnd)) {
                create.addAll(generate(tailStart, newEnd, newMonthly));
            }
        }
        return new Recalculation(keep, supersede, create);
    }

    private static List<Planned> planned(List<GrantPeriod> periods, BigDecimal monthlyAmount) {
        BigDecimal monthly = monthlyAmount.setScale(0, java.math.RoundingMode.HALF_UP);
        return periods.stream().map(p -> new Planned(p.from(), p.to(), p.amount(), monthly)).toList();
    }
}
