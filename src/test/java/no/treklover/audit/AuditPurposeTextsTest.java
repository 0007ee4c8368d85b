package no.treklover.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.treklover.access.AccessPolicy.AgreementAccess;
import no.treklover.access.AccessPolicy.MeetingAccess;
import no.treklover.access.MentoringAction;
import no.treklover.access.Permission;
import org.junit.jupiter.api.Test;

/**
 * The privacy officer reads purposes in Norwegian, never as codes: every purpose the code writes to the audit log
 * has a text {@code audit.purpose.<CODE>}. Purposes are written as literals or as a prefix plus an enum's name.
 */
class AuditPurposeTextsTest {

    private static final Pattern LITERAL = Pattern.compile("\"([A-Z][A-Z_]{3,}[A-Z])\"");

    @Test
    void everyPurposeTheCodeWritesHasANorwegianText() throws IOException {
        Properties texts = new Properties();
        try (var in = getClass().getResourceAsStream("/messages-audit.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        TreeSet<String> purposes = new TreeSet<>(literalPurposes());
        for (Permission p : Permission.values()) {
            purposes.add(p.name());
        }
        for (AgreementAccess a : AgreementAccess.values()) {
            purposes.add("AGREEMENT_" + a.name());
        }
        for (MeetingAccess m : MeetingAccess.values()) {
            purposes.add("MEETING_" + m.name());
        }
        for (MentoringAction m : MentoringAction.values()) {
            purposes.add("MENTORING_" + m.name());
        }

        List<String> missing = purposes.stream().filter(p -> texts.getProperty("audit.purpose." + p) == null).toList();
        assertThat(purposes).contains("MEETING_FEEDBACK_READ", "GRANT_PERIOD_QUEUE");
        assertThat(missing).isEmpty();
    }

    /** String literals in audit calls and in AccessPolicy's purpose choices. */
    private static List<String> literalPurposes() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (String line : source.split("\n")) {
                    boolean auditCall = line.contains("audit.allowed(") || line.contains("audit.denied(")
                            || line.contains("\"MEETING_FEEDBACK_") || (source.contains("audit.")
                                    && line.matches(".*(purpose|reason)\\s*=.*"));
                    if (!auditCall) {
                        continue;
                    }
                    Matcher m = LITERAL.matcher(line);
                    while (m.find()) {
                        found.add(m.group(1));
                    }
                }
            }
        }
        return found;
    }
}
