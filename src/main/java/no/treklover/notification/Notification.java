package no.treklover.notification;

import java.time.Instant;
import java.util.List;

/** A stored notification of one user. */
public record Notification(long id, long recipientId, String messageKey, List<String> arguments, String link,
        Long processId, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
