package no.treklover.notification;

import no.treklover.access.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The header's unread count, called from layout.html as {@code @notificationBadge.unread(currentUser)}: one
 * indexed count per page view, and nothing at all for anonymous pages.
 */
@Component("notificationBadge")
public class NotificationBadge {

    private final NotificationStore store;

    NotificationBadge(NotificationStore store) {
        this.store = store;
    }

    public long unread(CurrentUser user) {
        return user == null ? 0 : store.unread(user.id());
    }
}
