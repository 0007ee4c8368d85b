package no.treklover.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The privacy officer's search names what was read in Norwegian ("Inkluderingsforløp", not {@code process}): every
 * resource the code logs under has a text {@code audit.resource.<name>}, and the candidate's own access log has a
 * plain-language text for each resource that concerns a candidate. Resources are written as {@code RESOURCE}
 * constants or as literals in audit and access-policy calls.
 */
class AuditResourceTextsTest {

    private static final Pattern CONSTANT = Pattern.compile("RESOURCE\\s*=\\s*\"([a-z][a-z.-]+)\"");
    private static final Pattern CALL_LITERAL = Pattern.compile(
            "(?:audit\\.(?:allowed|denied)\\([^,]+,[^,]+,\\s*|(?:policy|access)\\.require(?!PrivacyOfficer)[A-Za-z]*\\([^;]*,\\s*)"
                    + "\"([a-z][a-z-]+)\"\\s*[,)]");
    /** Logged without a candidate (searches and lists), so they never show in a candidate's own log. */
    private static final List<String> WITHOUT_CANDIDATE = List.of("caseload", "candidate-search", "audit-log");

    @Test
    void everyResourceTheCodeLogsUnderHasANorwegianText() throws IOException {
        Properties texts = new Properties();
        try (var in = getClass().getResourceAsStream("/messages-audit.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        TreeSet<String> resources = resources();
        assertThat(resources).as("the scan finds constants and literals")
                .contains("process", "candidate", "caseload", "grant-period", "mentoring.questions");

        assertThat(resources.stream().filter(r -> texts.getProperty("audit.resource." + r) == null).toList())
                .isEmpty();
        assertThat(resources.stream().filter(r -> !WITHOUT_CANDIDATE.contains(r))
                .filter(r -> texts.getProperty("accessLog.resource." + r) == null).toList())
                .isEmpty();
    }

    private static TreeSet<String> resources() throws IOException {
        TreeSet<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : List.of(CONSTANT, CALL_LITERAL)) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        found.add(m.group(1));
                    }
                }
            }
        }
        return found;
    }
}
