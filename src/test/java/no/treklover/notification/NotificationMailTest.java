package no.treklover.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** E-mail through a real SMTP server in the test (GreenMail), after the publishing transaction committed. */
@IntegrationTest
class NotificationMailTest {

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("treklover.mail.enabled", () -> "true");
        registry.add("treklover.mail.from", () -> "Trekløver <ikke-svar@treklover.test>");
        registry.add("treklover.mail.base-url", () -> "https://treklover.test/");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    NotificationMailer mailer;

    @Autowired
    MailSettings settings;

    long withAddress;
    long withoutAddress;

    @BeforeEach
    void users() {
        withAddress = newUser("mottaker@nav.test");
        withoutAddress = newUser(null);
    }

    private long newUser(String email) {
        return jdbc.sql("""
                        insert into app_user (username, display_name, role, office_id, email, enabled)
                        values (:u, 'Epost Testesen', 'COUNSELLOR', '0315', :email, true) returning id""")
                .param("u", "epost-" + UUID.randomUUID().toString().substring(0, 8)).param("email", email)
                .query(Long.class).single();
    }

    private long publish(long recipient, String nationalIdLike) {
        transactions.executeWithoutResult(status -> events.publishEvent(new NotificationRequested(recipient,
                "notification.demo.followUp", List.of(nationalIdLike == null ? "Kaja" : nationalIdLike),
                "/processes/12", 12L)));
        return jdbc.sql("select max(id) from notification where recipient_id = :r").param("r", recipient)
                .query(Long.class).single();
    }

    private boolean emailed(long notification) {
        return jdbc.sql("select emailed_at is not null from notification where id = :id").param("id", notification)
                .query(Boolean.class).single();
    }

    @Test
    void sentAfterCommitWithTheBundlesTextAndALink() throws Exception {
        long id = publish(withAddress, null);
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("mottaker@nav.test");
        assertThat(mail.getFrom()[0].toString()).contains("ikke-svar@treklover.test");
        assertThat(mail.getSubject()).isEqualTo("Nytt varsel i Trekløver");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("Det er snart tid for oppf", "Kaja", "https://treklover.test/processes/12");
        assertThat(mailer.awaitIdle(10, TimeUnit.SECONDS)).isTrue();
        assertThat(emailed(id)).isTrue();
    }

    /** A candidate who reads her pages in English gets her e-mails in English too; staff always in bokmål. */
    @Test
    void inTheRecipientsLanguage() throws Exception {
        long english = jdbc.sql("""
                        insert into app_user (username, display_name, role, email, enabled, language)
                        values (:u, 'Engelsk Kandidat', 'CANDIDATE', 'english@nav.test', true, 'en') returning id""")
                .param("u", "epost-" + UUID.randomUUID().toString().substring(0, 8)).query(Long.class).single();
        transactions.executeWithoutResult(status -> events.publishEvent(new NotificationRequested(english,
                "agreementPage.notification.sent", List.of(), "/agreements/12", 12L)));
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("New notification in Trekløver");
        assertThat(GreenMailUtil.getBody(mail)).contains("You have a mentor agreement to look at.",
                "https://treklover.test/agreements/12", "This e-mail cannot be answered.")
                .doesNotContain("pne i Trekl", "Du har");
    }

    @Test
    void noNationalIdInTheMail() throws Exception {
        publish(withAddress, "12345678901");
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(GreenMailUtil.getBody(SMTP.getReceivedMessages()[0])).doesNotContain("12345678901")
                .contains("***********");
    }

    @Test
    void notSentToUsersWithoutAnAddress() throws Exception {
        long id = publish(withoutAddress, null);
        assertThat(mailer.awaitIdle(10, TimeUnit.SECONDS)).isTrue();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(emailed(id)).isFalse();
    }

    @Test
    void notSentWhenMailIsOff() throws Exception {
        settings.setEnabled(false);
        try {
            long id = publish(withAddress, null);
            assertThat(mailer.awaitIdle(10, TimeUnit.SECONDS)).isTrue();
            assertThat(SMTP.waitForIncomingEmail(1_000, 1)).isFalse();
            assertThat(emailed(id)).isFalse();
        } finally {
            settings.setEnabled(true);
        }
    }

    @Test
    void notSentWhenTheTransactionRollsBack() throws Exception {
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new NotificationRequested(withAddress, "notification.demo.welcome", List.of(), null,
                    null));
            status.setRollbackOnly();
        });
        assertThat(mailer.awaitIdle(10, TimeUnit.SECONDS)).isTrue();
        assertThat(SMTP.waitForIncomingEmail(1_000, 1)).isFalse();
    }

    @Test
    void aFailingSmtpServerDoesNotBreakThePublishingTransaction() throws Exception {
        SMTP.stop();
        long id = publish(withAddress, null);
        // the business transaction committed: the notification is there, only the mail is missing
        assertThat(jdbc.sql("select count(*) from notification where id = :id").param("id", id).query(Long.class)
                .single()).isEqualTo(1);
        assertThat(mailer.awaitIdle(30, TimeUnit.SECONDS)).isTrue();
        assertThat(emailed(id)).isFalse();
        SMTP.start();
        // and the next one goes out again
        long next = publish(withAddress, null);
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(mailer.awaitIdle(10, TimeUnit.SECONDS)).isTrue();
        assertThat(emailed(next)).isTrue();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
