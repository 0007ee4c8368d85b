package no.treklover.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.treklover.agreement.grant.PayType;
import org.junit.jupiter.api.Test;

/** Every message key the agreement rules use has a Norwegian text. */
class AgreementMessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AgreementMessagesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyHasAText() throws IOException {
        Properties texts = load("messages-agreement.properties");
        texts.putAll(load("messages.properties"));
        List<String> keys = new ArrayList<>();
        Pattern literal = Pattern.compile("\"((?:agreement|validation)\\.[A-Za-z.]+)\"");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/no/treklover/agreement"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(20);
        Stream.of(AgreementStatus.values()).forEach(s -> keys.add(s.messageKey()));
        Stream.of(AnnulmentReason.values()).forEach(r -> keys.add(r.messageKey()));
        Stream.of(OnBehalfReason.values()).forEach(r -> keys.add(r.messageKey()));
        Stream.of(PayType.values()).forEach(t -> keys.add("agreement.payType." + t.name()));
        keys.removeIf(k -> k.endsWith("."));

        assertThat(keys).allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void statusLabelsAreNorwegian() throws IOException {
        Properties texts = load("messages-agreement.properties");

        assertThat(texts.getProperty("agreement.status.GJENNOMFORES")).isEqualTo("Gjennomføres");
        assertThat(texts.getProperty("agreement.status.PABEGYNT")).isEqualTo("Påbegynt");
        assertThat(texts.getProperty("agreement.annulment.FATT_TILBUD_OM_ANNET_TILTAK"))
                .isEqualTo("Fått tilbud om annet tiltak");
    }

    @Test
    void everyTextIsAValidMessageFormat() throws IOException {
        Properties texts = load("messages-agreement.properties");

        assertThat(texts.stringPropertyNames()).allSatisfy(key -> {
            String formatted = new java.text.MessageFormat(texts.getProperty(key), new java.util.Locale("nb"))
                    .format(new Object[] {6, 999});
            assertThat(formatted).as(key).doesNotContain("{").doesNotContain("'");
        });
    }

    @Test
    void onlyUtloptIsSetBySystem() {
        assertThat(Stream.of(AnnulmentReason.values()).filter(r -> !r.choosableByUser()))
                .containsExactly(AnnulmentReason.UTLOPT);
    }
}
