package no.treklover.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.treklover.support.MessageBundles;
import org.junit.jupiter.api.Test;

/**
 * Every text on the candidate's pages comes in English: the templates of her pages (and every fragment they
 * include) are parsed for message keys, {@code #{key}} and dynamic ones such as {@code #{'phase.' + ${p}}} (each
 * bokmål key the pattern can reach), and each must be in the English file of the bundle that holds it in bokmål
 * ({@code messages-meetings.properties} → {@code messages-meetings_en.properties}): Spring looks a key up bundle by
 * bundle, so an English text in another bundle's file would never be found. The Java view code's keys are checked
 * at run time by the English walk of her pages ({@code CandidatePagesInEnglishBrowserTest}).
 */
class CandidateTemplatesInEnglishTest {

    /** The candidate's pages: home, agreement summary, meetings, feedback, calendar, weekly plan, sharing, innsyn. */
    static final List<String> CANDIDATE_TEMPLATES = List.of("layout", "error", "process/my", "agreement/page", "event/mine",
            "meeting/meeting", "meeting/feedback", "meeting/calendar", "mentoring/my", "consent/my-consent",
            "audit/access-log", "notification/list");

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern FRAGMENT = Pattern.compile("~\\{\\s*([a-z][\\w/-]*)\\s*(?:::|})");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]*}");
    private static final Pattern STATIC_KEY = Pattern.compile("\\s*([A-Za-z][\\w.-]*)");
    private static final Pattern DYNAMIC_PART = Pattern.compile("'([^']*)'|\u0000");

    @Test
    void everyMessageKeyOfTheCandidatesTemplatesIsInTheEnglishFileOfItsBundle() throws IOException {
        MessageBundles bundles = MessageBundles.of("en");
        Set<String> keys = keysOf(templatesOf(CANDIDATE_TEMPLATES), bundles.bokmal());
        assertThat(keys).as("the parse finds static and dynamic keys")
                .contains("my.tasks.title", "phase.FOLLOW_UP.who", "meeting.type.TREKLOVERSAMTALE", "nav.logout");

        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!bundles.translated(key)) {
                missing.add(bundles.bundleOf(key) + "_en.properties: " + key);
            }
        }
        assertThat(missing).as("keys of the candidate's pages without English").isEmpty();
    }

    /** An English text in another bundle's file than its bokmål text is never found; an orphan is dead text. */
    @Test
    void everyEnglishTextHasItsBokmalTextInTheSameBundle() {
        MessageBundles bundles = MessageBundles.of("en");
        List<String> misplaced = new ArrayList<>();
        bundles.language().forEach((bundle, texts) -> texts.stringPropertyNames().stream()
                .filter(key -> !bundle.equals(bundles.bundleOf(key)))
                .forEach(key -> misplaced.add(bundle + "_en.properties: " + key)));
        assertThat(misplaced).isEmpty();
    }

    @Test
    void thePatternsOfDynamicKeysReachOnlyWhatTheyShould() {
        Properties texts = new Properties();
        texts.setProperty("phase.ASSESSMENT.plain", "x");
        texts.setProperty("phase.ASSESSMENT", "x");
        texts.setProperty("meeting.type.ROTASJON", "x");
        Set<String> keys = keysIn("<p th:text=\"#{'phase.' + ${p.phase.name()} + '.plain'}\">x</p>",
                Map.of("messages", texts));
        assertThat(keys).containsExactly("phase.ASSESSMENT.plain");
    }

    /** The templates and, transitively, every template they include or replace parts from. */
    static List<String> templatesOf(List<String> roots) throws IOException {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(roots);
        List<String> sources = new ArrayList<>();
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name)) {
                continue;
            }
            String source = Files.readString(TEMPLATES.resolve(name + ".html"));
            sources.add(source);
            Matcher m = FRAGMENT.matcher(source);
            while (m.find()) {
                if (Files.exists(TEMPLATES.resolve(m.group(1) + ".html"))) {
                    todo.push(m.group(1));
                }
            }
        }
        return sources;
    }

    static Set<String> keysOf(List<String> sources, Map<String, Properties> bokmal) {
        Set<String> keys = new TreeSet<>();
        sources.forEach(source -> keys.addAll(keysIn(source, bokmal)));
        return keys;
    }

    private static Set<String> keysIn(String source, Map<String, Properties> bokmal) {
        Set<String> keys = new TreeSet<>();
        for (String expression : messageExpressions(source)) {
            String head = expression.strip();
            Matcher key = STATIC_KEY.matcher(expression);
            if (!head.startsWith("'") && !head.startsWith("$") && key.lookingAt()) {
                keys.add(key.group(1));
                continue;
            }
            // a key built from a literal prefix and expressions ('phase.' + ${p} + '.plain'): the literals in order,
            // anything between them; what follows the key in parentheses are its arguments. A key without a literal
            // prefix (${messageKey}) is the Java code's, checked at run time by the English walk.
            String built = EXPRESSION.matcher(head).replaceAll("\u0000").split("\\(", 2)[0];
            if (!built.startsWith("'") || built.startsWith("''")) {
                continue;
            }
            StringBuilder regex = new StringBuilder();
            Matcher part = DYNAMIC_PART.matcher(built);
            while (part.find()) {
                regex.append(part.group(1) != null ? Pattern.quote(part.group(1)) : ".*");
            }
            Pattern pattern = Pattern.compile(regex.toString());
            bokmal.values().forEach(texts -> texts.stringPropertyNames().stream()
                    .filter(k -> pattern.matcher(k).matches()).forEach(keys::add));
        }
        return keys;
    }

    /** What stands inside each {@code #{...}}, braces of nested {@code ${...}} counted. */
    private static List<String> messageExpressions(String source) {
        List<String> expressions = new ArrayList<>();
        int start = source.indexOf("#{");
        while (start >= 0) {
            int depth = 1;
            int i = start + 2;
            while (i < source.length() && depth > 0) {
                char c = source.charAt(i);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                i++;
            }
            expressions.add(source.substring(start + 2, i - 1));
            start = source.indexOf("#{", i);
        }
        return expressions;
    }
}
