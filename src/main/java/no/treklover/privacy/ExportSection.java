package no.treklover.privacy;

/**
 * One part of a candidate's data export (GDPR art. 15). Each feature that stores data about a candidate
 * contributes a bean; the exporter collects them all, so a new feature adds its data without touching it.
 * {@code ExportCompletenessTest} fails for a new table about a candidate until it is registered there as exported by
 * a section or exempt with a reason, and as cleared on anonymisation or exempt.
 */
public interface ExportSection {

    /** The section's JSON property, English camelCase; its PDF heading is {@code privacy.section.<name>}. */
    String name();

    /** Sections appear in ascending order; the built-in ones use steps of ten so others can slot in between. */
    int order();

    /** What this section holds about the subject. Access is already checked and logged by the exporter. */
    ExportContent collect(ExportSubject subject);
}
