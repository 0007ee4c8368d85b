package no.treklover.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.treklover.platform.errors.RuleViolationException.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every action from every state at both levels: allowed exactly where the table says, and where it leads. */
class NeedTransitionRulesTest {

    private static final Set<NeedState> ACTIVE = EnumSet.of(NeedState.OPEN, NeedState.PROPOSED,
            NeedState.MEETING_ARRANGED);

    /** The expected answer, written out independently of the rules' table. */
    private static NeedState expected(NeedAction action, NeedState from, NeedLevel level) {
        return switch (action) {
            case POST -> null;
            case PROPOSE -> ACTIVE.contains(from) ? (from == NeedState.MEETING_ARRANGED ? from : NeedState.PROPOSED)
                    : null;
            case ARRANGE_MEETING -> from == NeedState.PROPOSED ? NeedState.MEETING_ARRANGED : null;
            case REOPEN -> from == NeedState.PROPOSED || from == NeedState.MEETING_ARRANGED ? NeedState.OPEN : null;
            case ESCALATE -> ACTIVE.contains(from) && level == NeedLevel.LOCAL ? NeedState.OPEN : null;
            case POSTPONE -> ACTIVE.contains(from) ? from : null;
            case CLOSE -> ACTIVE.contains(from) ? NeedState.CLOSED : null;
            case ACCEPT -> from == NeedState.PROPOSED || from == NeedState.MEETING_ARRANGED ? NeedState.MATCHED : null;
        };
    }

    static Stream<Arguments> everyCombination() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (NeedAction action : NeedAction.values()) {
            for (NeedState state : NeedState.values()) {
                for (NeedLevel level : NeedLevel.values()) {
                    all.add(Arguments.of(action, state, level));
                }
            }
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0} from {1} at {2}")
    @MethodSource("everyCombination")
    void allowedExactlyWhereTheTableSaysAndLeadsWhereExpected(NeedAction action, NeedState from, NeedLevel level) {
        NeedState expected = expected(action, from, level);
        assertThat(NeedTransitionRules.allows(action, from, level)).isEqualTo(expected != null);
        if (expected != null) {
            assertThat(NeedTransitionRules.target(action, from)).isEqualTo(expected);
        }
    }

    @Test
    void matchedAndClosedNeedsAreFinal() {
        for (NeedLevel level : NeedLevel.values()) {
            assertThat(NeedTransitionRules.allowed(NeedState.MATCHED, level)).isEmpty();
            assertThat(NeedTransitionRules.allowed(NeedState.CLOSED, level)).isEmpty();
        }
    }

    @Test
    void anEscalatedNeedCannotBeEscalatedAgain() {
        assertThat(NeedTransitionRules.allowed(NeedState.OPEN, NeedLevel.WORKLIFE_CENTRE))
                .doesNotContain(NeedAction.ESCALATE).contains(NeedAction.PROPOSE, NeedAction.CLOSE);
    }

    @Test
    void closingNeedsAReasonAndOtherNeedsAComment() {
        assertThat(fields(NeedTransitionRules.check(NeedAction.CLOSE, NeedState.OPEN, NeedLevel.LOCAL, null, null)))
                .containsExactly("closeReason");
        assertThat(fields(NeedTransitionRules.check(NeedAction.CLOSE, NeedState.OPEN, NeedLevel.LOCAL,
                CloseReason.OTHER, " "))).containsExactly("comment");
        assertThat(NeedTransitionRules.check(NeedAction.CLOSE, NeedState.PROPOSED, NeedLevel.WORKLIFE_CENTRE,
                CloseReason.OTHER, "Flyttet")).isEmpty();
        assertThat(fields(NeedTransitionRules.check(NeedAction.POSTPONE, NeedState.OPEN, NeedLevel.LOCAL,
                CloseReason.NO_MATCH, null))).containsExactly("closeReason");
    }

    @Test
    void proposalsPostAndAcceptanceAreNotTransitions() {
        for (NeedAction action : List.of(NeedAction.POST, NeedAction.PROPOSE, NeedAction.ACCEPT)) {
            assertThat(fields(NeedTransitionRules.check(action, NeedState.PROPOSED, NeedLevel.LOCAL, null, null)))
                    .containsExactly("action");
        }
        assertThat(fields(NeedTransitionRules.check(null, NeedState.OPEN, NeedLevel.LOCAL, null, null)))
                .containsExactly("action");
        assertThat(fields(NeedTransitionRules.check(NeedAction.ARRANGE_MEETING, NeedState.OPEN, NeedLevel.LOCAL, null,
                null))).containsExactly("action");
        assertThat(fields(NeedTransitionRules.check(NeedAction.REOPEN, NeedState.PROPOSED, NeedLevel.LOCAL, null,
                "x".repeat(1001)))).containsExactly("comment");
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }
}
