package no.treklover.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.treklover.platform.errors.RuleViolationException.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhaseTransitionRulesTest {

    private static final ProcessDetails EMPTY = ProcessDetails.empty();
    private static final ProcessDetails COMPLETE = new ProcessDetails(7L, true, Attachment.WORK_TRAINING,
            Initiative.COUNSELLOR, "Mona Mentor", "91234567", "mona@example.no", "Butikksjef", "Lære kassa",
            LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30), Outcome.ORDINARY_JOB, null, FollowUpStatus.STILL_EMPLOYED,
            null, null, "Trengte ekstra oppfølging", LocalDate.of(2027, 6, 30),
            AttachmentAtEnd.SAME_EMPLOYER);
    private static final ProcessDetails WITHOUT_ATTACHMENT_AT_END = new ProcessDetails(7L, true,
            Attachment.WORK_TRAINING, Initiative.COUNSELLOR, "Mona Mentor", "91234567", "mona@example.no",
            "Butikksjef", "Lære kassa", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30), Outcome.ORDINARY_JOB,
            null, null, null, null, null, null, null);
    private static final ProcessDetails POST_CHECK_TOO_EARLY = withPostCheck(FollowUpStatus.STILL_EMPLOYED,
            LocalDate.of(2027, 6, 29));
    private static final ProcessDetails POST_CHECK_NOT_DUE = withPostCheck(FollowUpStatus.NOT_DUE,
            LocalDate.of(2027, 7, 1));
    private static final ProcessDetails POST_CHECK_WITHOUT_DATE = withPostCheck(FollowUpStatus.UNKNOWN, null);
    private static final ProcessDetails WITHOUT_JOB = new ProcessDetails(7L, true, Attachment.WORK_TRAINING,
            Initiative.COUNSELLOR, "Mona Mentor", "91234567", "mona@example.no", "Butikksjef", "Lære kassa",
            LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30), Outcome.ENDED_WITHOUT_JOB, null, null, null, null, null,
            null, AttachmentAtEnd.NONE);
    private static final ProcessDetails WITHOUT_JOB_WITH_REASON = new ProcessDetails(7L, true,
            Attachment.WORK_TRAINING, Initiative.COUNSELLOR, "Mona Mentor", "91234567", "mona@example.no",
            "Butikksjef", "Lære kassa", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30), Outcome.ENDED_WITHOUT_JOB,
            "Bedriften la ned avdelingen", null, null, null, null, null, AttachmentAtEnd.NONE);

    private static ProcessDetails withPostCheck(FollowUpStatus status, LocalDate date) {
        return new ProcessDetails(7L, true, Attachment.WORK_TRAINING, Initiative.COUNSELLOR, "Mona Mentor",
                "91234567", "mona@example.no", "Butikksjef", "Lære kassa", LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 6, 30), Outcome.ORDINARY_JOB, null, status, null, null, null, date,
                AttachmentAtEnd.SAME_EMPLOYER);
    }

    @ParameterizedTest(name = "{0} -> {1} with {2} details, comment ''{3}'': {4}")
    @CsvSource(nullValues = "null", value = {
            // forward one step, requirements met
            "ASSESSMENT,        EMPLOYER_CONTACT,  empty,    null,        ok",
            "EMPLOYER_CONTACT,  MENTOR_IDENTIFIED, complete, null,        ok",
            "MENTOR_IDENTIFIED, START_UP,          complete, null,        ok",
            "START_UP,          FOLLOW_UP,         complete, null,        ok",
            "FOLLOW_UP,         CLOSURE,           complete, null,        ok",
            "CLOSURE,           POST_CHECK,        complete, null,        ok",
            // forward without what the phase needs
            "EMPLOYER_CONTACT,  MENTOR_IDENTIFIED, empty,    null,        employerId+mentorName",
            "MENTOR_IDENTIFIED, START_UP,          empty,    null,        startDate",
            "START_UP,          FOLLOW_UP,         empty,    null,        goals",
            "FOLLOW_UP,         CLOSURE,           empty,    null,        outcome+endDate+attachedAtEnd",
            // Avslutning records whether the candidate was attached to the company at the end (seed 000)
            "FOLLOW_UP,         CLOSURE,           withoutAttachmentAtEnd, null, attachedAtEnd",
            "CLOSURE,           POST_CHECK,        empty,    null,        followUpStatus+postCheckDate",
            // Etterkontroll: the status twelve months after the end, and its date, no earlier than that
            "CLOSURE,           POST_CHECK,        postCheckTooEarly,    null, postCheckDate",
            "CLOSURE,           POST_CHECK,        postCheckNotDue,      null, followUpStatus",
            "CLOSURE,           POST_CHECK,        postCheckWithoutDate, null, postCheckDate",
            // phase jumps and no-ops
            "ASSESSMENT,        MENTOR_IDENTIFIED, complete, null,        toPhase",
            "ASSESSMENT,        FOLLOW_UP,         complete, null,        toPhase",
            "EMPLOYER_CONTACT,  POST_CHECK,        complete, null,        toPhase",
            "FOLLOW_UP,         FOLLOW_UP,         complete, null,        toPhase",
            "ASSESSMENT,        null,              complete, null,        toPhase",
            // back needs a comment, then any earlier phase is fine
            "FOLLOW_UP,         EMPLOYER_CONTACT,  complete, null,        comment",
            "FOLLOW_UP,         EMPLOYER_CONTACT,  complete, '   ',       comment",
            "FOLLOW_UP,         EMPLOYER_CONTACT,  complete, Ny bedrift,  ok",
            "POST_CHECK,        ASSESSMENT,        empty,    Startet på nytt, ok",
            "CLOSURE,           FOLLOW_UP,         complete, Forlenget,   ok",
            // "ended without job (reason)": the reason is required
            "FOLLOW_UP,         CLOSURE,           withoutJob, null,      outcomeNote",
            "FOLLOW_UP,         CLOSURE,           withoutJobWithReason, null, ok",
            // a comment fits the timeline's column, or is a field error (never a database error)
            "FOLLOW_UP,         EMPLOYER_CONTACT,  complete, LENGTH_2000, ok",
            "FOLLOW_UP,         EMPLOYER_CONTACT,  complete, LENGTH_2001, comment",
            "START_UP,          FOLLOW_UP,         complete, LENGTH_2001, comment",
    })
    void decidesTransitions(Phase from, Phase to, String details, String comment, String expected) {
        ProcessDetails d = switch (details) {
            case "complete" -> COMPLETE;
            case "withoutJob" -> WITHOUT_JOB;
            case "withoutAttachmentAtEnd" -> WITHOUT_ATTACHMENT_AT_END;
            case "withoutJobWithReason" -> WITHOUT_JOB_WITH_REASON;
            case "postCheckTooEarly" -> POST_CHECK_TOO_EARLY;
            case "postCheckNotDue" -> POST_CHECK_NOT_DUE;
            case "postCheckWithoutDate" -> POST_CHECK_WITHOUT_DATE;
            default -> EMPTY;
        };
        String text = comment != null && comment.startsWith("LENGTH_")
                ? "x".repeat(Integer.parseInt(comment.substring("LENGTH_".length()))) : comment;

        List<Violation> violations = PhaseTransitionRules.check(from, d, to, text);

        List<String> fields = violations.stream().map(Violation::field).toList();
        if (expected.equals("ok")) {
            assertThat(fields).isEmpty();
        } else {
            assertThat(fields).containsExactlyInAnyOrder(expected.split("\\+"));
        }
    }

    @ParameterizedTest(name = "start {0}, end {1}, due {2}, post check {3}: {4}")
    @CsvSource(nullValues = "null", value = {
            "2026-01-01, 2026-06-30, null,       null,       ok",
            "2026-01-01, 2026-06-30, null,       2026-06-29, postCheckDate",
            "2026-01-01, 2026-06-30, null,       2027-06-30, ok",
            "null,       null,       null,       2101-01-01, postCheckDate",
            "2026-01-01, 2026-01-01, null,       null,       ok",
            "2026-06-30, 2026-01-01, null,       null,       endDate",
            "1999-12-31, null,       null,       null,       startDate",
            "null,       2101-01-01, null,       null,       endDate",
            "null,       null,       0001-01-01, null,       nextActionDue",
            "null,       null,       null,       null,       ok",
    })
    void checksDates(LocalDate start, LocalDate end, LocalDate due, LocalDate postCheck, String expected) {
        ProcessDetails d = new ProcessDetails(null, null, null, null, null, null, null, null, null, start, end, null,
                null, null, null, due, null, postCheck, null);

        List<String> fields = PhaseTransitionRules.checkDetails(d).stream().map(Violation::field).toList();

        if (expected.equals("ok")) {
            assertThat(fields).isEmpty();
        } else {
            assertThat(fields).containsExactly(expected);
        }
    }
}
