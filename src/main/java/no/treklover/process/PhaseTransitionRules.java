package no.treklover.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.text.NorwegianFormat;
import no.treklover.platform.validation.DateRanges;

/**
 * When a process may move to another phase. Forward one phase at a time, and only when what the
 * new phase needs is recorded; back to any earlier phase, but only with a comment saying why.
 */
public final class PhaseTransitionRules {

    /** The length of {@code process_event.comment}; a longer comment is a field error, not a database error. */
    public static final int MAX_COMMENT_LENGTH = 2000;

    /** Etterkontroll records the status this many months after the end (BRIEF §3). */
    public static final int POST_CHECK_MONTHS = 12;

    private PhaseTransitionRules() {
    }

    public static List<Violation> check(Phase current, ProcessDetails details, Phase target, String comment) {
        List<Violation> violations = new ArrayList<>();
        if (target == null) {
            violations.add(new Violation("toPhase", "validation.required"));
            return violations;
        }
        if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
            violations.add(new Violation("comment", "validation.tooLong", MAX_COMMENT_LENGTH));
        }
        if (target == current) {
            violations.add(new Violation("toPhase", "process.transition.same"));
        } else if (target.isBefore(current)) {
            if (comment == null || comment.isBlank()) {
                violations.add(new Violation("comment", "process.transition.commentRequiredBack"));
            }
        } else if (target != current.next()) {
            violations.add(new Violation("toPhase", "process.transition.skip"));
        } else {
            violations.addAll(requirementsOf(target, details));
        }
        return violations;
    }

    /** What must be recorded before a process may enter a phase going forward. */
    static List<Violation> requirementsOf(Phase target, ProcessDetails d) {
        List<Violation> missing = new ArrayList<>();
        switch (target) {
            case MENTOR_IDENTIFIED -> {
                if (d.employerId() == null) {
                    missing.add(new Violation("employerId", "process.rule.workplaceRequired"));
                }
                if (isBlank(d.mentorName())) {
                    missing.add(new Violation("mentorName", "process.rule.mentorRequired"));
                }
            }
            case START_UP -> {
                if (d.startDate() == null) {
                    missing.add(new Violation("startDate", "process.rule.startDateRequired"));
                }
            }
            case FOLLOW_UP -> {
                if (isBlank(d.goals())) {
                    missing.add(new Violation("goals", "process.rule.goalsRequired"));
                }
            }
            case CLOSURE -> {
                if (d.outcome() == null) {
                    missing.add(new Violation("outcome", "process.rule.outcomeRequired"));
                } else if (d.outcome() == Outcome.ENDED_WITHOUT_JOB && isBlank(d.outcomeNote())) {
                    // BRIEF §3: "ended without job (reason)" – the reason is what offices learn from.
                    missing.add(new Violation("outcomeNote", "process.rule.reasonRequiredWithoutJob"));
                }
                if (d.endDate() == null) {
                    missing.add(new Violation("endDate", "process.rule.endDateRequired"));
                }
                if (d.attachedAtEnd() == null) {
                    // seed 000: whether the candidate was still attached to a company when the measure ended
                    missing.add(new Violation("attachedAtEnd", "process.rule.attachedAtEndRequired"));
                }
            }
            case POST_CHECK -> {
                if (d.followUpStatus() == null || d.followUpStatus() == FollowUpStatus.NOT_DUE) {
                    missing.add(new Violation("followUpStatus", "process.rule.postCheckStatusRequired"));
                }
                if (d.postCheckDate() == null) {
                    missing.add(new Violation("postCheckDate", "process.rule.postCheckDateRequired"));
                } else if (d.endDate() != null && d.postCheckDate().isBefore(postCheckDue(d.endDate()))) {
                    missing.add(new Violation("postCheckDate", "process.rule.postCheckTooEarly",
                            NorwegianFormat.date(postCheckDue(d.endDate()))));
                }
            }
            default -> {
            }
        }
        return missing;
    }

    /** The day a closed process is due for Etterkontroll: twelve months after it ended. */
    public static LocalDate postCheckDue(LocalDate endDate) {
        return endDate.plusMonths(POST_CHECK_MONTHS);
    }

    /** Rules that hold for the details whatever the phase. */
    public static List<Violation> checkDetails(ProcessDetails d) {
        List<Violation> violations = new ArrayList<>();
        if (d.startDate() != null && d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            violations.add(new Violation("endDate", "process.rule.endBeforeStart"));
        }
        checkYear(d.startDate(), "startDate", violations);
        checkYear(d.endDate(), "endDate", violations);
        checkYear(d.nextActionDue(), "nextActionDue", violations);
        checkYear(d.postCheckDate(), "postCheckDate", violations);
        if (d.endDate() != null && d.postCheckDate() != null && d.postCheckDate().isBefore(d.endDate())) {
            violations.add(new Violation("postCheckDate", "process.rule.postCheckBeforeEnd"));
        }
        return violations;
    }

    /** A measure's period: a type, a start, and dates as sane as the process's own (from ≤ to, years 2000–2100). */
    public static List<Violation> checkMeasure(MeasureType type, java.time.LocalDate startDate,
            java.time.LocalDate endDate) {
        List<Violation> violations = new ArrayList<>();
        if (type == null) {
            violations.add(new Violation("type", "validation.required"));
        }
        if (startDate == null) {
            violations.add(new Violation("startDate", "validation.required"));
        }
        checkYear(startDate, "startDate", violations);
        checkYear(endDate, "endDate", violations);
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            violations.add(new Violation("endDate", "process.rule.endBeforeStart"));
        }
        return violations;
    }

    private static void checkYear(java.time.LocalDate date, String field, List<Violation> violations) {
        DateRanges.check(date, field, violations);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
