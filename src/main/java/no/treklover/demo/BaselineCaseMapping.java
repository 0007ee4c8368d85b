package no.treklover.demo;

import java.util.Locale;
import java.util.Map;
import no.treklover.process.Attachment;
import no.treklover.process.AttachmentAtEnd;
import no.treklover.process.FollowUpStatus;
import no.treklover.process.Outcome;
import no.treklover.process.Phase;

/** How the baseline study's Norwegian answers become the process fields. Unknown answers are an error. */
final class BaselineCaseMapping {

    /** Where a case stands: closed cases have an outcome; those with a known status 12 months on are post-checked. */
    record Result(Phase phase, Outcome outcome, FollowUpStatus followUpStatus) {
        boolean open() {
            return phase.isOpen();
        }
    }

    static final String EMPLOYER_IS_MENTOR = "AG er mentor";
    static final String EMPLOYER_MENTOR_ROLE = "Daglig leder (arbeidsgiver er mentor)";

    private static final Map<String, Attachment> ATTACHMENTS = Map.of(
            "avklaring", Attachment.CLARIFICATION,
            "arbeidstrening", Attachment.WORK_TRAINING,
            "ingen", Attachment.NONE,
            "elev", Attachment.STUDENT,
            "tilkallingshjelp", Attachment.TEMPORARY_STAFF);

    private static final Map<String, Result> RESULTS = Map.of(
            "ja med lønnstilskudd",
            closed(Phase.POST_CHECK, Outcome.JOB_WITH_WAGE_SUBSIDY, FollowUpStatus.STILL_EMPLOYED),
            "ja fast ansatt",
            closed(Phase.POST_CHECK, Outcome.ORDINARY_JOB, FollowUpStatus.STILL_EMPLOYED),
            "ja fortsatt under fagopplæring i bedriften",
            closed(Phase.POST_CHECK, Outcome.EDUCATION_OR_APPRENTICESHIP, FollowUpStatus.IN_EDUCATION),
            "nei. lærlingeplass annen bedrift",
            closed(Phase.POST_CHECK, Outcome.EDUCATION_OR_APPRENTICESHIP, FollowUpStatus.IN_EDUCATION),
            // The study does not say what happened later to these, so they stay at Avslutning without a status.
            "nei. tok fagbrev og flyttet", closed(Phase.CLOSURE, Outcome.EDUCATION_OR_APPRENTICESHIP, null),
            "nei", closed(Phase.CLOSURE, Outcome.ENDED_WITHOUT_JOB, null),
            "ja, men sykemeldt", closed(Phase.CLOSURE, Outcome.MOVED_OR_HEALTH, null),
            "mangler info", closed(Phase.CLOSURE, Outcome.UNKNOWN, null),
            "ja fortsatt i mentortiltak", new Result(Phase.FOLLOW_UP, null, null));

    /**
     * Seed 000's summary after table 1: 12 attached at the end (the two still in the measure among them), 1
     * apprenticeship with another company, 5 without attachment, 3 unknown.
     */
    private static final Map<String, AttachmentAtEnd> ATTACHED_AT_END = Map.of(
            "ja med lønnstilskudd", AttachmentAtEnd.SAME_EMPLOYER,
            "ja fast ansatt", AttachmentAtEnd.SAME_EMPLOYER,
            "ja fortsatt under fagopplæring i bedriften", AttachmentAtEnd.SAME_EMPLOYER,
            "ja fortsatt i mentortiltak", AttachmentAtEnd.SAME_EMPLOYER,
            "ja, men sykemeldt", AttachmentAtEnd.SAME_EMPLOYER,
            "nei. lærlingeplass annen bedrift", AttachmentAtEnd.OTHER_EMPLOYER,
            "nei. tok fagbrev og flyttet", AttachmentAtEnd.NONE,
            "nei", AttachmentAtEnd.NONE,
            "mangler info", AttachmentAtEnd.UNKNOWN);

    private BaselineCaseMapping() {
    }

    static Attachment attachment(String attachmentBefore) {
        return lookup(ATTACHMENTS, attachmentBefore, "attachment before");
    }

    static Result result(String attachedAtEnd) {
        return lookup(RESULTS, attachedAtEnd, "attached at end");
    }

    static AttachmentAtEnd attachedAtEnd(String attachedAtEnd) {
        return lookup(ATTACHED_AT_END, attachedAtEnd, "attached at end");
    }

    static boolean counsellorKnewCompany(String answer) {
        return switch (key(answer)) {
            case "ja" -> true;
            case "nei" -> false;
            default -> throw new IllegalArgumentException("Unknown answer to 'knew the company': " + answer);
        };
    }

    static boolean employerIsMentor(BaselineCase c) {
        return EMPLOYER_IS_MENTOR.equalsIgnoreCase(c.contactCounsellorEmployer().strip());
    }

    /** The contact frequencies the study recorded, kept as a comment on the process's first timeline entry. */
    static String timelineComment(BaselineCase c) {
        return "Fra baselinestudien (sak " + c.number() + "): kontakt veileder–mentor: " + c.contactCounsellorMentor()
                + "; veileder–kandidat: " + c.contactCounsellorCandidate()
                + "; veileder–arbeidsgiver: " + c.contactCounsellorEmployer() + ".";
    }

    static String outcomeNote(BaselineCase c) {
        return "Tilknyttet bedriften ved tiltakets slutt (baselinestudien): " + c.attachedAtEnd();
    }

    private static Result closed(Phase phase, Outcome outcome, FollowUpStatus followUpStatus) {
        return new Result(phase, outcome, followUpStatus);
    }

    private static <T> T lookup(Map<String, T> map, String text, String what) {
        T value = map.get(key(text));
        if (value == null) {
            throw new IllegalArgumentException("Unknown " + what + ": " + text);
        }
        return value;
    }

    private static String key(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
