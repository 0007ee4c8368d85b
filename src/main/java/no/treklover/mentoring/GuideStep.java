package no.treklover.mentoring;

/**
 * The six steps of the mentor guide (Virke's "Mentor – en veileder for mentorrollen", seeds/004; BRIEF §5). The
 * titles and the advice of each step are in messages-mentoring.properties under {@code mentoring.step.<n>.*}.
 */
public enum GuideStep {
    SAFE_RELATIONSHIP(1, 4),
    ADAPTED_TRAINING(2, 5),
    POSITIVE_EXPECTATIONS(3, 4),
    FELLOWSHIP(4, 5),
    MASTERY(5, 5),
    COOPERATION(6, 3);

    private final int number;
    private final int adviceCount;

    GuideStep(int number, int adviceCount) {
        this.number = number;
        this.adviceCount = adviceCount;
    }

    public int number() {
        return number;
    }

    /** How many pieces of advice the bundle has for this step ({@code mentoring.step.<n>.advice.<1..count>}). */
    public int adviceCount() {
        return adviceCount;
    }

    public java.util.List<Integer> adviceNumbers() {
        return java.util.stream.IntStream.rangeClosed(1, adviceCount).boxed().toList();
    }

    public static GuideStep of(int number) {
        for (GuideStep step : values()) {
            if (step.number == number) {
                return step;
            }
        }
        return null;
    }
}
