package no.treklover.mentoring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import no.treklover.notification.NotificationRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Test-only: remembers the notifications the app asked for, so tests can check who was told what. */
@Component
class NotificationRecorder {

    private final List<NotificationRequested> requested = new CopyOnWriteArrayList<>();

    @EventListener
    void on(NotificationRequested event) {
        requested.add(event);
    }

    List<NotificationRequested> forProcess(long processId) {
        return requested.stream().filter(n -> n.processId() != null && n.processId() == processId).toList();
    }
}
