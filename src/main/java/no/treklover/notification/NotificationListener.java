package no.treklover.notification;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stores every {@link NotificationRequested} synchronously, in the publisher's transaction: a notification exists
 * exactly when what it tells about was committed.
 */
@Component
class NotificationListener {

    private final NotificationStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationListener(NotificationStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(NotificationRequested request) {
        String link = safeLink(request.link());
        long id = store.insert(request, link, clock.instant());
        events.publishEvent(new NotificationStored(id, request.recipientUserId(), request.messageKey(),
                request.arguments(), link));
    }

    /** Only paths inside the app: no other host, no scheme, so a notification can never lead elsewhere. */
    static String safeLink(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String path = link.strip();
        boolean inside = path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.length() <= 500 && path.chars().noneMatch(Character::isISOControl);
        return inside ? path : null;
    }
}
