package no.treklover.notification;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stores every {@link NotificationRequested} synchronously, in the publisher's transaction: a notification exists
 * exactly when what it tells about was committed.
 */
@Component
class NotificationListener {

    private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);

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
        String key = request.messageKey() == null || request.messageKey().isBlank()
                || request.messageKey().length() > 200 ? "notification.unknown" : request.messageKey();
        Optional<Long> id = store.insert(request, key, link, clock.instant());
        if (id.isEmpty()) {
            log.warn("Notification for unknown user {} not stored", request.recipientUserId());
            return;
        }
        events.publishEvent(new NotificationStored(id.get(), request.recipientUserId(), key, request.arguments(),
                link));
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
