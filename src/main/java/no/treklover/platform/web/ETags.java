package no.treklover.platform.web;

import java.net.URI;
import no.treklover.platform.errors.PreconditionException;
import org.springframework.http.ResponseEntity;

/** Entity versions as HTTP entity tags, for optimistic locking in the API (If-Match). */
public final class ETags {

    private ETags() {
    }

    /** 200 with the body and its version as the ETag. */
    public static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }

    /** 201 at the new resource's location, with the body and its version as the ETag. */
    public static <T> ResponseEntity<T> created(String location, long version, T body) {
        return ResponseEntity.created(URI.create(location)).eTag(of(version)).body(body);
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
