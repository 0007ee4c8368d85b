package no.treklover.learning;

import java.time.Instant;

/** A reflection note as its readers see it: its author, the peer group it is shared with (or none), the texts. */
public record ReflectionNote(long id, long processId, long authorId, String authorName, Long peerGroupId,
        String peerGroupName, String whatWasDone, String why, String whatHappened, String whatToChange,
        Instant createdAt, Instant updatedAt, long version) {

    public boolean isPrivate() {
        return peerGroupId == null;
    }

    ReflectionDetails details() {
        return new ReflectionDetails(whatWasDone, why, whatHappened, whatToChange, peerGroupId);
    }
}
