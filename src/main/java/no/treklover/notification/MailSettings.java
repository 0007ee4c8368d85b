package no.treklover.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code treklover.mail.*}: whether notifications also go out by e-mail (off by default), the sender address, and
 * the app's public address for the link in the mail. The SMTP server is Spring Boot's standard
 * {@code spring.mail.*} (host, port, username, password, properties); without {@code spring.mail.host} no mail
 * is sent even when enabled.
 */
@ConfigurationProperties("treklover.mail")
public class MailSettings {

    private boolean enabled;
    private String from = "Trekløver <ikke-svar@treklover.nav.no>";
    private String baseUrl = "http://localhost:8080";

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }
}
