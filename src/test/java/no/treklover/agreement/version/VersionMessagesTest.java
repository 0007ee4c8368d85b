package no.treklover.agreement.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the versions feature uses, in code and templates, has a Norwegian text that formats. */
class VersionMessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionMessagesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyHasAText() throws IOException {
        Properties texts = load("messages-agreement-versions.properties");
        List<String> keys = new ArrayList<>();
        Pattern literal = Pattern.compile("[\"']((?:agreementversion)\\.[A-Za-z.]+[A-Za-z])[\"']");
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/no/treklover/agreement/version"))) {
            sources.addAll(files.toList());
        }
        sources.add(Path.of("src/main/java/no/treklover/agreement/AgreementVersionService.java"));
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/agreementversion"))) {
            sources.addAll(files.toList());
        }
        for (Path file : sources) {
            Matcher m = literal.matcher(Files.readString(file));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        Matcher hash = Pattern.compile("#\\{(agreementversion\\.[A-Za-z.]+[A-Za-z])").matcher(String.join("\n",
                sources.stream().filter(p -> p.toString().endsWith(".html")).map(VersionMessagesTest::read).toList()));
        while (hash.find()) {
            keys.add(hash.group(1));
        }
        assertThat(keys).hasSizeGreaterThan(40);
        // the groups of the export's codes, not keys themselves
        keys.removeIf(k -> k.equals("agreementversion.type") || k.equals("agreementversion.reason"));
        Stream.of(ChangeType.values()).forEach(t -> {
            keys.add(t.messageKey());
            keys.add("agreementversion.action." + t.name());
            keys.add("agreementversion.help." + t.name());
        });
        Stream.of(ShorteningReason.values()).forEach(r -> keys.add(r.messageKey()));
        Stream.of(VersionSnapshot.Party.values()).forEach(p -> keys.add(p.messageKey()));
        ContentFieldsKeys.all().forEach(f -> keys.add("agreementversion.field." + f));
        ChangeRules.fields(ChangeType.FORKORTE).forEach(f -> keys.add("agreementversion.field." + f));
        ChangeRules.fields(ChangeType.ENDRE_BEREGNING).forEach(f -> keys.add("agreementversion.field." + f));

        assertThat(keys).allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void everyTextIsAValidMessageFormat() throws IOException {
        Properties texts = load("messages-agreement-versions.properties");
        assertThat(texts.stringPropertyNames()).allSatisfy(key -> {
            String formatted = new java.text.MessageFormat(texts.getProperty(key), Locale.forLanguageTag("nb"))
                    .format(new Object[] {6, 999});
            assertThat(formatted).as(key).doesNotContain("{").doesNotContain("'");
        });
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The agreement's field names as the versions feature labels them. */
    static final class ContentFieldsKeys {
        static List<String> all() {
            return new ArrayList<>(ContentFields.flatten(no.treklover.agreement.AgreementContent.empty()).keySet());
        }
    }
}
