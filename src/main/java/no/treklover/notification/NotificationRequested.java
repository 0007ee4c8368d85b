package no.treklover.notification;

import java.util.List;

/**
 * Any feature asks for a notification by publishing this event; the notification feature stores it for the
 * recipient's in-app list and, when e-mail is on, sends it. Features never call each other for this.
 *
 * @param recipientUserId the app_user who gets it
 * @param messageKey a message bundle key for the text (with {0}, {1} … for {@code arguments})
 * @param arguments plain-text arguments for the message; never national ids or health details
 * @param link a path inside the app the notification leads to (e.g. "/processes/12"), or null
 * @param processId the inclusion process it concerns, or null
 */
public record NotificationRequested(long recipientUserId, String messageKey, List<String> arguments, String link,
        Long processId) {

    public NotificationRequested {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }
}
