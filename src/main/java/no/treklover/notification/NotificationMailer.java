package no.treklover.notification;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import no.treklover.language.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends a stored notification by e-mail after the publisher's transaction committed, on a thread of its own, so a
 * slow or failing SMTP server never delays or breaks the business transaction. Only when
 * {@code treklover.mail.enabled}, only to users with an e-mail address; the text comes from the message bundle,
 * masks anything that looks like a national id, and failures are logged with the notification's id only.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final MailSettings settings;
    private final ObjectProvider<JavaMailSender> senders;
    private final NotificationStore store;
    private final NotificationTexts texts;
    private final Clock clock;
    private final AtomicBoolean warnedNoServer = new AtomicBoolean();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notification-mail");
        thread.setDaemon(true);
        return thread;
    });

    NotificationMailer(MailSettings settings, ObjectProvider<JavaMailSender> senders, NotificationStore store,
            NotificationTexts texts, Clock clock) {
        this.settings = settings;
        this.senders = senders;
        this.store = store;
        this.texts = texts;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void afterCommit(NotificationStored stored) {
        if (!settings.isEnabled()) {
            return;
        }
        try {
            executor.execute(() -> send(stored));
        } catch (RejectedExecutionException e) {
            log.warn("Notification {} not sent by e-mail: the mail queue is shut down", stored.notificationId());
        }
    }

    private void send(NotificationStored stored) {
        try {
            JavaMailSender sender = senders.getIfAvailable();
            if (sender == null) {
                if (warnedNoServer.compareAndSet(false, true)) {
                    log.warn("treklover.mail.enabled is on, but no SMTP server is configured (spring.mail.host)");
                }
                return;
            }
            if (sender instanceof JavaMailSenderImpl impl) {
                // JavaMail waits forever by default; a hanging server must not hold the queue.
                impl.getJavaMailProperties().putIfAbsent("mail.smtp.connectiontimeout", "10000");
                impl.getJavaMailProperties().putIfAbsent("mail.smtp.timeout", "10000");
                impl.getJavaMailProperties().putIfAbsent("mail.smtp.writetimeout", "10000");
            }
            String address = store.emailOf(stored.recipientUserId()).orElse(null);
            if (address == null) {
                return;
            }
            // in the recipient's own language: the candidate may have chosen English for her pages
            Locale locale = Languages.localeOf(store.languageOf(stored.recipientUserId()).orElse(null));
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(settings.getFrom());
            mail.setTo(address);
            mail.setSubject(texts.message(locale, "notification.mail.subject"));
            mail.setText(body(stored, locale));
            sender.send(mail);
            store.markEmailed(stored.notificationId(), clock.instant());
        } catch (RuntimeException e) {
            // Never the address or the text: they may identify a person.
            log.warn("Notification {} could not be sent by e-mail: {}", stored.notificationId(),
                    e.getClass().getSimpleName());
        }
    }

    private String body(NotificationStored stored, Locale locale) {
        StringBuilder body = new StringBuilder(texts.text(stored.messageKey(), stored.arguments(), locale))
                .append("\n\n");
        if (stored.link() != null) {
            String base = settings.getBaseUrl().replaceAll("/+$", "");
            body.append(texts.message(locale, "notification.mail.open", base + stored.link())).append("\n\n");
        }
        body.append(texts.message(locale, "notification.mail.footer", settings.getBaseUrl().replaceAll("/+$", "")
                + "/notifications"));
        return body.toString();
    }

    /** For tests: waits until the mails queued so far were handled. */
    boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        java.util.concurrent.Future<?> marker = executor.submit(() -> { });
        try {
            marker.get(timeout, unit);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
