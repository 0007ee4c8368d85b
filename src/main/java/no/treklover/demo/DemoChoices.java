package no.treklover.demo;

import java.util.List;
import java.util.Random;
import no.treklover.process.Attachment;
import no.treklover.process.AttachmentAtEnd;
import no.treklover.process.FollowUpStatus;
import no.treklover.process.Initiative;
import no.treklover.process.Outcome;
import no.treklover.process.Phase;

/** Weighted draws for the demo's enum fields, roughly in the proportions the baseline study reports. */
final class DemoChoices {

    private DemoChoices() {
    }

    static Phase phase(Random random) {
        return weighted(random, Phase.values(), 14, 14, 10, 8, 28, 12, 14);
    }

    static Initiative initiative(Random random) {
        return weighted(random, Initiative.values(), 55, 22, 15, 8);
    }

    static Attachment attachment(Random random) {
        // NONE, WORK_TRAINING, CLARIFICATION, TEMPORARY_STAFF, STUDENT, TEMPORARY_EMPLOYEE, PERMANENT_EMPLOYEE, OTHER
        return weighted(random, Attachment.values(), 38, 30, 8, 7, 5, 5, 3, 4);
    }

    static Outcome outcome(Random random) {
        // ORDINARY_JOB, JOB_WITH_WAGE_SUBSIDY, EDUCATION_OR_APPRENTICESHIP, OTHER_MEASURE, CLARIFIED,
        // ENDED_WITHOUT_JOB, MOVED_OR_HEALTH, UNKNOWN
        return weighted(random, Outcome.values(), 25, 20, 10, 10, 8, 15, 7, 5);
    }

    static FollowUpStatus followUpStatus(Random random, Outcome outcome) {
        int roll = random.nextInt(10);
        return switch (outcome) {
            case ORDINARY_JOB, JOB_WITH_WAGE_SUBSIDY -> roll < 8 ? FollowUpStatus.STILL_EMPLOYED
                    : roll < 9 ? FollowUpStatus.EMPLOYED_ELSEWHERE : FollowUpStatus.NOT_EMPLOYED;
            case EDUCATION_OR_APPRENTICESHIP -> roll < 8 ? FollowUpStatus.IN_EDUCATION
                    : FollowUpStatus.EMPLOYED_ELSEWHERE;
            default -> roll < 3 ? FollowUpStatus.EMPLOYED_ELSEWHERE
                    : roll < 7 ? FollowUpStatus.NOT_EMPLOYED : roll < 8 ? FollowUpStatus.IN_EDUCATION
                    : FollowUpStatus.UNKNOWN;
        };
    }

    /**
     * How many employers were contacted before one was chosen, the chosen one included: one more often when the
     * counsellor knew the company. Drawn from a generator of its own seeded by the process, so the demo's main
     * sequence, and every figure drawn from it, stays as it was.
     */
    static int employersContacted(int process, boolean counsellorKnewEmployer) {
        int roll = new Random(0x5EED_0000L + process).nextInt(20);
        if (counsellorKnewEmployer && roll < 10) {
            return 1;
        }
        return roll < 6 ? 1 : roll < 13 ? 2 + roll % 2 : roll < 18 ? 4 + roll % 6 : 10 + roll;
    }

    /** Where the outcome leaves the candidate at the end, without a roll of the dice (the demo's sequence stays). */
    static AttachmentAtEnd attachedAtEnd(Outcome outcome) {
        return switch (outcome) {
            case ORDINARY_JOB, JOB_WITH_WAGE_SUBSIDY -> AttachmentAtEnd.SAME_EMPLOYER;
            case EDUCATION_OR_APPRENTICESHIP -> AttachmentAtEnd.OTHER_EMPLOYER;
            case UNKNOWN -> AttachmentAtEnd.UNKNOWN;
            default -> AttachmentAtEnd.NONE;
        };
    }

    static String outcomeNote(Random random, Outcome outcome) {
        return switch (outcome) {
            case ENDED_WITHOUT_JOB -> DemoPeople.pick(random, List.of(
                    "Bedriften hadde ikke mulighet til å ansette.",
                    "Kandidaten avbrøt etter eget ønske.",
                    "Tiltaksperioden utløp uten tilbud om ansettelse."));
            case OTHER_MEASURE -> "Gikk over til arbeidsforberedende trening (AFT).";
            case CLARIFIED -> "Avklart mot uføretrygd i samarbeid med lege.";
            case MOVED_OR_HEALTH -> random.nextBoolean() ? "Flyttet til annen kommune." : "Sykmeldt over lengre tid.";
            default -> null;
        };
    }

    private static <T> T weighted(Random random, T[] values, int... weights) {
        if (values.length != weights.length) {
            throw new IllegalArgumentException("One weight per value");
        }
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        throw new IllegalStateException();
    }
}
