package no.treklover.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.treklover.platform.errors.RuleViolationException.Violation;

/**
 * The feedback loop's rules as pure code: which answers may follow which, what each answer must say, and when an
 * unanswered item is flagged to the office leader. No Spring, no clock: the caller gives the dates.
 */
public final class FeedbackRules {

    /** Days NAV has to answer before the item is flagged to the office leader. */
    public static final int ANSWER_WITHIN_DAYS = 30;

    /**
     * The statuses an answer may set from each status. An item is never set back to NEW; "noted" may later become
     * either decision, and NAV may reconsider "will not change"; "changed practice" is where the loop closes.
     */
    static final Map<FeedbackStatus, Set<FeedbackStatus>> NEXT = Map.of(
            FeedbackStatus.NEW, EnumSet.of(FeedbackStatus.NOTED, FeedbackStatus.CHANGED_PRACTICE,
                    FeedbackStatus.WILL_NOT_CHANGE),
            FeedbackStatus.NOTED, EnumSet.of(FeedbackStatus.NOTED, FeedbackStatus.CHANGED_PRACTICE,
                    FeedbackStatus.WILL_NOT_CHANGE),
            FeedbackStatus.WILL_NOT_CHANGE, EnumSet.of(FeedbackStatus.WILL_NOT_CHANGE,
                    FeedbackStatus.CHANGED_PRACTICE),
            FeedbackStatus.CHANGED_PRACTICE, EnumSet.noneOf(FeedbackStatus.class));

    private FeedbackRules() {
    }

    /**
     * What is wrong with answering an item in {@code from} with {@code to}, its response and reason: empty when the
     * answer may be saved. Every answer needs a response; "will not change" needs a reason too.
     */
    public static List<Violation> checkAnswer(FeedbackStatus from, FeedbackStatus to, String response, String reason) {
        List<Violation> problems = new ArrayList<>();
        if (to == null) {
            problems.add(new Violation("status", "network.feedback.validation.status"));
            return problems;
        }
        if (!NEXT.get(from).contains(to)) {
            problems.add(new Violation("status", "network.feedback.validation.transition"));
        }
        if (blank(response)) {
            problems.add(new Violation("response", "network.feedback.validation.response"));
        }
        if (to == FeedbackStatus.WILL_NOT_CHANGE && blank(reason)) {
            problems.add(new Violation("reason", "network.feedback.validation.reason"));
        }
        return problems;
    }

    /** The statuses an answer may set now, in the order the form offers them. */
    public static List<FeedbackStatus> answersFrom(FeedbackStatus from) {
        return List.copyOf(NEXT.get(from));
    }

    /** The first day on which an item given on {@code given} and still unanswered is flagged. */
    public static LocalDate flaggedFrom(LocalDate given) {
        return given.plusDays(ANSWER_WITHIN_DAYS);
    }

    /**
     * Whether an item given on {@code given} is flagged to the office leader {@code today}: no answer yet
     * ({@code answered} null) and 30 days or more since it was given. An answer, on any day, ends the flag.
     */
    public static boolean flagged(LocalDate given, LocalDate answered, LocalDate today) {
        return answered == null && !today.isBefore(flaggedFrom(given));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
