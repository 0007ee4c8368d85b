package no.treklover.learning;

import jakarta.validation.constraints.Size;

/**
 * A reflection on a process, one text per prompt: from what was done, to why, to what happened and what to change
 * (seed 003: from routine-based to reflected practice). At least one must be filled; the API's request body and what
 * the forms validate through.
 *
 * @param peerGroupId the office's peer group it is shared with, or null to keep it private to its author
 */
public record ReflectionDetails(
        @Size(max = 4000, message = "{learning.validation.text4000}") String whatWasDone,
        @Size(max = 4000, message = "{learning.validation.text4000}") String why,
        @Size(max = 4000, message = "{learning.validation.text4000}") String whatHappened,
        @Size(max = 4000, message = "{learning.validation.text4000}") String whatToChange,
        Long peerGroupId) {

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    boolean isEmpty() {
        return clean(whatWasDone) == null && clean(why) == null && clean(whatHappened) == null
                && clean(whatToChange) == null;
    }
}
