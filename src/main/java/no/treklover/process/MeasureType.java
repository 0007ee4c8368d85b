package no.treklover.process;

/** Labour-market measures that can run in sequence or in parallel within a process. */
public enum MeasureType {
    WORK_TRAINING,        // arbeidstrening
    MENTOR,               // mentor
    WAGE_SUBSIDY,         // lønnstilskudd
    INCLUSION_SUBSIDY     // inkluderingstilskudd
}
