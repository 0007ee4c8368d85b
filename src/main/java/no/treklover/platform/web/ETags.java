package no.treklover.platform.web;

import no.treklover.platform.errors.PreconditionException;

/** Entity versions as HTTP entity tags, for optimistic locking in the API (If-Match). */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version a client says it edited; a missing If-Match is refused so no update can be lost. */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw PreconditionException.missing();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw PreconditionException.failed();
        }
    }
}
