package no.treklover.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message bundles as Spring reads them: each of {@code spring.messages.basename} in its order, bokmål (the base
 * files) or one language's files ({@code _en}). Spring looks a key up bundle by bundle, so a language's text counts
 * only in the language file of the bundle that holds the key in bokmål.
 */
public final class MessageBundles {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern BASENAME = Pattern.compile("basename:\\s*(\\S+)");

    private final Map<String, Properties> bokmal;
    private final Map<String, Properties> language;

    private MessageBundles(Map<String, Properties> bokmal, Map<String, Properties> language) {
        this.bokmal = bokmal;
        this.language = language;
    }

    /** The bokmål bundles and those of one language ("en"). */
    public static MessageBundles of(String tag) {
        return new MessageBundles(read(""), read("_" + tag));
    }

    public Map<String, Properties> bokmal() {
        return bokmal;
    }

    public Map<String, Properties> language() {
        return language;
    }

    /** The bundle Spring finds a bokmål key in: the first that has it; null when none has. */
    public String bundleOf(String key) {
        return bokmal.entrySet().stream().filter(e -> e.getValue().containsKey(key)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** Whether the key has its text in the language, in the file Spring reads it from. */
    public boolean translated(String key) {
        String bundle = bundleOf(key);
        return bundle == null || language.get(bundle).containsKey(key);
    }

    private static Map<String, Properties> read(String suffix) {
        try {
            Matcher m = BASENAME.matcher(Files.readString(RESOURCES.resolve("application.yml")));
            assertThat(m.find()).as("spring.messages.basename in application.yml").isTrue();
            Map<String, Properties> bundles = new LinkedHashMap<>();
            for (String basename : Arrays.stream(m.group(1).split(",")).map(String::strip).toList()) {
                Properties texts = new Properties();
                Path file = RESOURCES.resolve(basename + suffix + ".properties");
                if (Files.exists(file)) {
                    try (InputStream in = Files.newInputStream(file)) {
                        texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                }
                bundles.put(basename, texts);
            }
            return bundles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
