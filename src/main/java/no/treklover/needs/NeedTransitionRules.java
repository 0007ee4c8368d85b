package no.treklover.needs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.treklover.platform.errors.RuleViolationException.Violation;

/**
 * The needs board's state machine as a table: for each action, the states it may start from, the state it leads to
 * (null: the state stays) and whether it needs the local level. Pure code, no Spring.
 */
public final class NeedTransitionRules {

    /** One row: the action may start in {@code from} and leads to {@code to} (null: unchanged). */
    record Rule(Set<NeedState> from, NeedState to, boolean onlyLocal) {
    }

    private static final Set<NeedState> ACTIVE = EnumSet.of(NeedState.OPEN, NeedState.PROPOSED,
            NeedState.MEETING_ARRANGED);

    static final Map<NeedAction, Rule> RULES = Map.of(
            NeedAction.PROPOSE, new Rule(ACTIVE, NeedState.PROPOSED, false),
            NeedAction.ARRANGE_MEETING, new Rule(EnumSet.of(NeedState.PROPOSED), NeedState.MEETING_ARRANGED, false),
            NeedAction.REOPEN, new Rule(EnumSet.of(NeedState.PROPOSED, NeedState.MEETING_ARRANGED), NeedState.OPEN,
                    false),
            NeedAction.ESCALATE, new Rule(ACTIVE, NeedState.OPEN, true),
            NeedAction.POSTPONE, new Rule(ACTIVE, null, false),
            NeedAction.CLOSE, new Rule(ACTIVE, NeedState.CLOSED, false),
            NeedAction.ACCEPT, new Rule(EnumSet.of(NeedState.PROPOSED, NeedState.MEETING_ARRANGED), NeedState.MATCHED,
                    false));

    public static final int MAX_COMMENT = 1000;

    private NeedTransitionRules() {
    }

    /** Whether the action may be taken on a need in this state at this level. */
    public static boolean allows(NeedAction action, NeedState state, NeedLevel level) {
        Rule rule = RULES.get(action);
        return rule != null && rule.from().contains(state) && (!rule.onlyLocal() || level == NeedLevel.LOCAL);
    }

    /**
     * The state after the action; a proposal on a need that already has one, or a meeting arranged, keeps the later
     * state. Call only when {@link #allows}.
     */
    public static NeedState target(NeedAction action, NeedState state) {
        Rule rule = RULES.get(action);
        if (rule.to() == null) {
            return state;
        }
        if (action == NeedAction.PROPOSE && state == NeedState.MEETING_ARRANGED) {
            return state;
        }
        return rule.to();
    }

    /** The actions this need allows now, in the order the pages offer them. */
    public static List<NeedAction> allowed(NeedState state, NeedLevel level) {
        List<NeedAction> allowed = new ArrayList<>();
        for (NeedAction action : NeedAction.values()) {
            if (allows(action, state, level)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /**
     * The field errors of a transition (the endpoint's {@code action}, {@code closeReason}, {@code comment}): not allowed
     * from this state, a closing without a reason, a reason on anything else, a comment too long.
     */
    public static List<Violation> check(NeedAction action, NeedState state, NeedLevel level, CloseReason reason,
            String comment) {
        List<Violation> violations = new ArrayList<>();
        if (action == null) {
            violations.add(new Violation("action", "needs.rule.action.missing"));
        } else if (!action.isTransition()) {
            violations.add(new Violation("action", "needs.rule.action.notTransition"));
        } else if (!allows(action, state, level)) {
            violations.add(new Violation("action", "needs.rule.action.notAllowed"));
        }
        if (action == NeedAction.CLOSE && reason == null) {
            violations.add(new Violation("closeReason", "needs.rule.closeReason.missing"));
        }
        if (action != NeedAction.CLOSE && reason != null) {
            violations.add(new Violation("closeReason", "needs.rule.closeReason.notClosing"));
        }
        if (reason == CloseReason.OTHER && (comment == null || comment.isBlank())) {
            violations.add(new Violation("comment", "needs.rule.comment.otherReason"));
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            violations.add(new Violation("comment", "needs.rule.comment.size"));
        }
        return violations;
    }
}
