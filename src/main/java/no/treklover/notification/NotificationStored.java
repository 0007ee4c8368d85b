package no.treklover.notification;

/** Published inside the publisher's transaction once a notification is stored; the mailer acts after commit. */
record NotificationStored(long notificationId, long recipientUserId, String messageKey,
        java.util.List<String> arguments, String link) {
}
