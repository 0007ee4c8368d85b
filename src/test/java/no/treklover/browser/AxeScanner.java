package no.treklover.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (copied by the build to {@code /axe/axe.min.js} on the test class path) in the page the driver
 * shows, against WCAG 2.0/2.1 A and AA, and fails on every serious or critical violation.
 */
public final class AxeScanner {

    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    public static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    /**
     * WCAG rules axe marks experimental and leaves out unless asked: 2.5.3 Label in Name (a control's visible text
     * must be part of its accessible name, so a voice user can say what she sees).
     */
    public static final List<String> EXPERIMENTAL_RULES = List.of("label-content-name-mismatch");
    private static final String AXE_RESOURCE = "/axe/axe.min.js";
    // Generous: a long page scanned while both cores are busy with the rest of the build once took over 30 s.
    private static final Duration SCAN_TIMEOUT = Duration.ofSeconds(90);
    private static final int MAX_HTML = 300;
    private static final int MAX_NODES_REPORTED = 10;

    /** One violated rule and the elements that break it. */
    public record Violation(String id, String impact, String help, String helpUrl, List<Node> nodes) {
    }

    /** One failing element: its CSS selector path, an HTML snippet, and axe's summary of what to fix. */
    public record Node(String target, String html, String failureSummary) {
    }

    private static volatile String axeSource;

    /** Every violation axe finds on the current page, whatever the impact. */
    @SuppressWarnings("unchecked")
    public List<Violation> scan(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(source());
        }
        Duration previous = driver.manage().timeouts().getScriptTimeout();
        driver.manage().timeouts().scriptTimeout(SCAN_TIMEOUT);
        Object result;
        try {
            result = js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations'],
                                       rules: Object.fromEntries(arguments[1].map(id => [id, {enabled: true}]))})
                      .then(r => done({violations: r.violations.map(v => ({
                          id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
                          nodes: v.nodes.map(n => ({target: JSON.stringify(n.target), html: n.html,
                                                    failureSummary: n.failureSummary || ''}))}))}))
                      .catch(e => done({error: String(e && e.stack || e)}));
                    """, WCAG_TAGS, EXPERIMENTAL_RULES);
        } finally {
            driver.manage().timeouts().scriptTimeout(previous);
        }
        if (!(result instanceof Map<?, ?> map)) {
            throw new IllegalStateException("axe returned no result: " + result);
        }
        if (map.get("error") != null) {
            throw new IllegalStateException("axe failed in the page: " + map.get("error"));
        }
        List<Violation> violations = new ArrayList<>();
        for (Object o : (List<Object>) map.get("violations")) {
            Map<String, Object> v = (Map<String, Object>) o;
            List<Node> nodes = new ArrayList<>();
            for (Object n : (List<Object>) v.get("nodes")) {
                Map<String, Object> node = (Map<String, Object>) n;
                nodes.add(new Node(String.valueOf(node.get("target")), String.valueOf(node.get("html")),
                        String.valueOf(node.get("failureSummary"))));
            }
            violations.add(new Violation(String.valueOf(v.get("id")), String.valueOf(v.get("impact")),
                    String.valueOf(v.get("help")), String.valueOf(v.get("helpUrl")), nodes));
        }
        return violations;
    }

    /** Scans the current page and throws an {@link AssertionError} listing every serious or critical violation. */
    public void assertNoSeriousViolations(WebDriver driver, String pageName) {
        List<Violation> blocking = scan(driver).stream()
                .filter(v -> BLOCKING_IMPACTS.contains(v.impact()))
                .toList();
        if (!blocking.isEmpty()) {
            throw new AssertionError(report(pageName, driver.getCurrentUrl(), blocking));
        }
    }

    static String report(String pageName, String url, List<Violation> violations) {
        StringBuilder out = new StringBuilder()
                .append("axe found ").append(violations.size()).append(" serious/critical WCAG 2.1 A/AA violation(s) on ")
                .append(pageName).append(" (").append(url).append("):");
        for (Violation v : violations) {
            out.append("\n- ").append(v.id()).append(" [").append(v.impact()).append("] ").append(v.help())
                    .append(" (").append(v.helpUrl()).append(')');
            v.nodes().stream().limit(MAX_NODES_REPORTED).forEach(n -> out
                    .append("\n    at ").append(n.target())
                    .append("\n       ").append(abbreviate(n.html()))
                    .append("\n       ").append(n.failureSummary().replace("\n", "\n       ")));
            if (v.nodes().size() > MAX_NODES_REPORTED) {
                out.append("\n    … and ").append(v.nodes().size() - MAX_NODES_REPORTED).append(" more element(s)");
            }
        }
        return out.toString();
    }

    private static String abbreviate(String html) {
        String oneLine = html.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_HTML ? oneLine : oneLine.substring(0, MAX_HTML) + "…";
    }

    private static String source() {
        String source = axeSource;
        if (source == null) {
            try (InputStream in = AxeScanner.class.getResourceAsStream(AXE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(AXE_RESOURCE + " is not on the test class path. The Maven build "
                            + "copies it from frontend/node_modules/axe-core (execution copy-axe-for-tests); "
                            + "run the tests through Maven or run 'npm ci' in frontend/ first.");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            axeSource = source;
        }
        return source;
    }
}
