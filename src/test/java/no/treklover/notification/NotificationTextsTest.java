package no.treklover.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Notification texts from the real bundles: plurals chosen by the counts, which are stored as text. */
class NotificationTextsTest {

    private final NotificationTexts texts = new NotificationTexts(bundles());

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "messages-meetings", "messages-notifications");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void theDigestSaysOneTaskAndTwoTasks() {
        assertThat(texts.text("meeting.notification.digest", List.of("1", "1")))
                .isEqualTo("Oppfølging: 1 forløp har forfalt oppfølging, og 1 oppgave fra møter har passert fristen.");
        assertThat(texts.text("meeting.notification.digest", List.of("0", "2")))
                .isEqualTo("Oppfølging: ingen forløp har forfalt oppfølging, og 2 oppgaver fra møter har passert "
                        + "fristen.");
        assertThat(texts.text("meeting.notification.digest", List.of("1200", "3")))
                .startsWith("Oppfølging: 1\u00a0200 forløp");
    }

    @Test
    void textArgumentsStayText() {
        assertThat(texts.text("meeting.notification.cancelled",
                List.of("Trekløversamtale", "02.03.2027 kl. 10:00", "2027 er året")))
                .isEqualTo("Trekløversamtale 02.03.2027 kl. 10:00 er avlyst. Begrunnelse: 2027 er året");
    }
}
