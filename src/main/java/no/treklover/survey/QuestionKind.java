package no.treklover.survey;

/** The kinds of question a survey holds. */
public enum QuestionKind {
    /** One of the options. */
    SINGLE,
    /** Any number of the options. */
    MULTIPLE,
    /** A value from 1 to 5 or 1 to 10, with labels at both ends. */
    SCALE,
    /** Free text. */
    TEXT;

    boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE;
    }
}
