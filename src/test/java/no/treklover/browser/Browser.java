package no.treklover.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A headless Chromium for one test, as a JUnit extension: register it with
 * {@code @RegisterExtension final Browser browser = Browser.chromium();}, set {@link #baseUrl} in
 * {@code @BeforeEach}, and the browser starts before each test, leaves a screenshot and the page source in
 * {@code target/browser-screenshots/} when the test fails, and quits after it.
 *
 * <p>Chromium and ChromeDriver come from the machine, never from Selenium Manager (which would download them):
 * {@code -Dchrome.bin} / {@code CHROME_BIN} and {@code -Dwebdriver.chrome.driver} / {@code CHROMEDRIVER} name
 * them, otherwise {@code chromium} and {@code chromedriver} are looked up on the PATH. When they cannot be found, the
 * test fails in CI (environment variable {@code CI} set, as CI services do): there a browser test that does not run
 * would hide regressions. Outside CI it is skipped, so the quick start's test command works on a machine without
 * Chromium, but never silently: one line on stderr says that the browser tests did not run and what to install.
 */
public final class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    public static final Duration WAIT = Duration.ofSeconds(10);
    /** The journeys' two widths: a laptop, and a phone (the candidate's and the mentor's usual screen). */
    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final Dimension PHONE = new Dimension(390, 844);
    private static final Path SCREENSHOTS =
            Path.of(System.getProperty("browser.screenshots", "target/browser-screenshots"));
    private static final List<String> BROWSER_NAMES =
            List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome");
    private static final List<String> DRIVER_NAMES = List.of("chromedriver");
    private static final int MAX_SCREENSHOT_HEIGHT = 8000;
    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[^?\\s]+_[a-z]{2}(_[A-Z]{2})?\\?\\?");

    /**
     * Selenium looks for a DevTools module matching the browser's version and warns when there is none; the
     * tests use no DevTools API beyond plain CDP commands, so the warning is noise. Held so it is not collected.
     */
    private static final Logger CDP_VERSION_LOG = quiet("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final Logger CHROMIUM_DRIVER_LOG = quiet("org.openqa.selenium.chromium.ChromiumDriver");

    private final AxeScanner axe = new AxeScanner();
    private String baseUrl;
    private ChromeDriverService service;
    private ChromeDriver driver;
    private Path profileDir;
    private WebDriverWait wait;
    private String testName = "browser";
    private int shots;

    private Browser() {
    }

    public static Browser chromium() {
        return new Browser();
    }

    // ---------------------------------------------------------------- lifecycle

    @Override
    public void beforeEach(ExtensionContext context) {
        testName = context.getRequiredTestMethod().getName();
        shots = 0;
        if (baseUrl == null) {
            appOfTheTest(context);
        }
        start();
    }

    /** In a Spring Boot test on a random port, the app under test is where pages open unless told otherwise. */
    private void appOfTheTest(ExtensionContext context) {
        if (!org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(context.getRequiredTestClass(),
                org.springframework.boot.test.context.SpringBootTest.class)) {
            return;
        }
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        if (port != null) {
            baseUrl("http://localhost:" + port);
        }
    }

    /** Sets the window to a width (and height), e.g. {@link #DESKTOP} or {@link #PHONE}. */
    public Browser size(Dimension size) {
        driver().manage().window().setSize(size);
        return this;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            try {
                Path png = screenshot("FAILED");
                Path html = png.resolveSibling(png.getFileName().toString().replace(".png", ".html"));
                Files.writeString(html, "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(),
                        StandardCharsets.UTF_8);
                System.err.println("Browser test failed on " + driver.getCurrentUrl() + "; screenshot " + png
                        + ", page source " + html);
            } catch (RuntimeException | IOException e) {
                System.err.println("Could not save a failure screenshot: " + e);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop();
    }

    /** Starts Chromium; {@link #beforeEach} does this for tests that register the extension. */
    public void start() {
        if (driver != null) {
            return;
        }
        Path chrome;
        Path chromedriver;
        try {
            chrome = locate("Chromium", "chrome.bin", "CHROME_BIN", BROWSER_NAMES,
                    List.of("/usr/bin/chromium", "/usr/lib/chromium/chromium", "/usr/bin/chromium-browser"));
            chromedriver = locate("ChromeDriver", "webdriver.chrome.driver", "CHROMEDRIVER", DRIVER_NAMES,
                    List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"));
        } catch (IllegalStateException missing) {
            throw failOrSkip(missing, System.getenv("CI"), System.err);
        }
        try {
            profileDir = Files.createTempDirectory("treklover-chromium-");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profileDir, "--window-size=1280,1024");
        options.setExperimentalOption("prefs", Map.of(
                "credentials_enable_service", false,
                "profile.password_manager_enabled", false,
                "profile.password_manager_leak_detection", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withLogFile(SCREENSHOTS.resolve("chromedriver-" + testName + ".log").toFile())
                .withLogLevel(ChromiumDriverLogLevel.WARNING)
                .build();
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            stop();
            throw new IllegalStateException("Could not start " + chrome + " with " + chromedriver
                    + " (they must be the same major version; see " + SCREENSHOTS.resolve("chromedriver-" + testName + ".log")
                    + ")",
                    e);
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(driver, WAIT);
        // a condition that reads the page while the next one replaces it is tried again, not failed
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** Quits Chromium and removes its throwaway profile. */
    public void stop() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } catch (RuntimeException e) {
            System.err.println("Chromium did not quit cleanly: " + e);
        } finally {
            driver = null;
            if (service != null && service.isRunning()) {
                service.stop();
            }
            service = null;
            deleteQuietly(profileDir);
            profileDir = null;
        }
    }

    /**
     * What a missing browser means: in CI ({@code ci} is the CI environment variable; any value but blank or
     * "false") the test fails with {@code missing}; elsewhere it is skipped, after one line on {@code err} naming what
     * to install. A developer without Chromium can still run the quick start's test command.
     */
    static RuntimeException failOrSkip(IllegalStateException missing, String ci, java.io.PrintStream err) {
        if (ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci.strip())) {
            return missing;
        }
        err.println("BROWSER TEST SKIPPED (not in CI): Chromium or ChromeDriver is missing; install them with "
                + "`apt-get install chromium chromium-driver` (or set CHROME_BIN and CHROMEDRIVER) to run it.");
        Assumptions.abort("Browser tests skipped outside CI: " + missing.getMessage());
        throw new AssertionError("unreachable");
    }

    /**
     * The executable named by the system property or environment variable, or else the first of {@code names} on
     * the PATH, or else the first of {@code fallbacks} that exists. Fails with what to install or set.
     */
    static Path locate(String what, String property, String env, List<String> names, List<String> fallbacks) {
        String explicit = System.getProperty(property);
        String source = "-D" + property;
        if (explicit == null || explicit.isBlank()) {
            explicit = System.getenv(env);
            source = env;
        }
        if (explicit != null && !explicit.isBlank()) {
            Path path = Path.of(explicit.strip());
            if (Files.isRegularFile(path) && Files.isExecutable(path)) {
                return path;
            }
            throw new IllegalStateException(source + "=" + explicit + " does not name an executable " + what + ".");
        }
        List<Path> candidates = new ArrayList<>();
        String pathVariable = System.getenv("PATH");
        if (pathVariable != null) {
            for (String dir : pathVariable.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    names.forEach(name -> candidates.add(Path.of(dir, name)));
                }
            }
        }
        fallbacks.forEach(f -> candidates.add(Path.of(f)));
        return candidates.stream()
                .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(what + " was not found, so the browser tests cannot run. "
                        + "Install Chromium and its driver (Debian/Ubuntu: apt-get install chromium chromium-driver), "
                        + "or point " + env + " (or -D" + property + ") at the executable. Looked for " + names
                        + " on the PATH and at " + fallbacks + "."));
    }

    // ---------------------------------------------------------------- navigation and waiting

    /** Where the app runs, e.g. {@code http://localhost:8080}; paths given to {@link #open} are relative to it. */
    public Browser baseUrl(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return this;
    }

    public WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("The browser is not started");
        }
        return driver;
    }

    public void open(String path) {
        if (baseUrl == null) {
            throw new IllegalStateException("Set baseUrl(...) before opening pages");
        }
        driver().get(baseUrl + path);
        waitForDocument();
    }

    /** The path of the current page, without query or fragment. */
    public String path() {
        return java.net.URI.create(driver().getCurrentUrl()).getPath();
    }

    /** The query of the current page's URL, or "" when there is none. */
    public String query() {
        String query = java.net.URI.create(driver().getCurrentUrl()).getRawQuery();
        return query == null ? "" : query;
    }

    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return wait.until(condition);
    }

    /** Waits until the current path matches the regular expression. */
    public void waitForPath(String regex) {
        try {
            wait.until(d -> path().matches(regex));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Expected to be on a page matching " + regex + " but am on "
                    + driver().getCurrentUrl() + " (title: " + driver().getTitle() + ")", e);
        }
        waitForDocument();
    }

    public WebElement find(By by) {
        return driver().findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver().findElements(by);
    }

    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Clicks something that loads a new page (a link or a submit button) and waits until that page has loaded. */
    public void clickAndWaitForPage(WebElement element) {
        WebElement html = driver().findElement(By.tagName("html"));
        element.click();
        wait.until(d -> replaced(html));
        waitForDocument();
    }

    /**
     * Whether the page that held this element has gone. Selenium's stalenessOf knows only the stale-element error;
     * while a navigation is under way Chrome may instead answer that the node no longer belongs to the document,
     * which means the same.
     */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public void clickAndWaitForPage(By by) {
        clickAndWaitForPage(wait.until(ExpectedConditions.elementToBeClickable(by)));
    }

    /** Waits for the document to finish loading and for htmx to have no request, swap or settle in flight. */
    public void waitForDocument() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                return document.readyState === 'complete'
                    && !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling, .htmx-added');
                """)));
    }

    /** Replaces a field's text as a user would (clear, type) and checks the field took it. */
    public void type(By field, String text) {
        WebElement element = visible(field);
        element.clear();
        element.sendKeys(text);
        String value = element.getDomProperty("value");
        if (!text.equals(value)) {
            throw new AssertionError("Field " + field + " holds '" + value + "' after typing '" + text + "'");
        }
    }

    /**
     * Sets a field's value from script and fires input and change, for widgets whose typed format depends on the
     * browser's locale, such as {@code <input type=date>} (value in ISO format, yyyy-MM-dd).
     */
    public void setValue(By field, String value) {
        WebElement element = visible(field);
        ((JavascriptExecutor) driver()).executeScript("""
                const el = arguments[0];
                el.value = arguments[1];
                el.dispatchEvent(new Event('input', {bubbles: true}));
                el.dispatchEvent(new Event('change', {bubbles: true}));
                """, element, value);
        String actual = element.getDomProperty("value");
        if (!value.equals(actual)) {
            throw new AssertionError("Field " + field + " holds '" + actual + "' after setting '" + value + "'");
        }
    }

    public String text(By by) {
        return visible(by).getText().strip();
    }

    // ---------------------------------------------------------------- the app

    /** Logs in through the login form and waits for the page after it. */
    public void login(String username, String password) {
        if (!path().equals("/login")) {
            open("/login");
        }
        type(By.id("username"), username);
        type(By.id("password"), password);
        clickAndWaitForPage(By.cssSelector("form[action$='/login'] button[type=submit]"));
    }

    /**
     * Logs out with the header's "Logg ut" button (a POST form; on a phone it is in the menu, opened first) and waits
     * for the login page.
     */
    public void logout() {
        clickInHeaderAndWaitForPage(By.cssSelector("header form[action$='/logout'] button[type=submit]"));
        waitForPath("/login");
    }

    /** Clicks a link or button of the header and waits for the next page; on a phone it opens the menu first. */
    public void clickInHeaderAndWaitForPage(By target) {
        if (!Boolean.TRUE.equals(((JavascriptExecutor) driver()).executeScript(
                "return arguments[0].checkVisibility()", find(target)))) {
            find(By.cssSelector("header summary")).click(); // on a phone the target is in the closed menu
        }
        clickAndWaitForPage(target);
    }

    // ---------------------------------------------------------------- evidence and checks

    /**
     * Screenshots the current page and runs axe on it; fails on serious or critical WCAG 2.1 A/AA violations and
     * on errors in the browser console (a missing script or stylesheet, a blocked inline script, a JS error).
     */
    public void check(String pageName) {
        waitForDocument();
        screenshot(pageName);
        axe.assertNoSeriousViolations(driver(), pageName);
        assertNoConsoleErrors(pageName);
        assertNoMissingMessages(pageName);
    }

    /** Fails when the page shows a message key Thymeleaf could not resolve, which it renders as ??key_locale??. */
    public void assertNoMissingMessages(String pageName) {
        Matcher missing = MISSING_MESSAGE.matcher(driver().findElement(By.tagName("body")).getText());
        if (missing.find()) {
            throw new AssertionError("Untranslated message on " + pageName + " (" + driver().getCurrentUrl() + "): "
                    + missing.group());
        }
    }

    /** Fails when the browser console has errors since the last look (favicon 404s aside). */
    public void assertNoConsoleErrors(String pageName) {
        Set<String> errors = new LinkedHashSet<>();
        for (LogEntry entry : driver().manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !entry.getMessage().contains("favicon.ico")) {
                errors.add(entry.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new AssertionError("Browser console errors on " + pageName + " (" + driver().getCurrentUrl() + "):\n- "
                    + String.join("\n- ", errors));
        }
    }

    /**
     * Saves a PNG of the whole page (not just the window) as
     * {@code target/browser-screenshots/<test>-<nn>-<name>.png}.
     */
    public Path screenshot(String name) {
        shots++;
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9æøå]+", "-").replaceAll("(^-|-$)", "");
        Path file = SCREENSHOTS.resolve(String.format(Locale.ROOT, "%s-%02d-%s.png", testName, shots, slug));
        byte[] png;
        try {
            png = fullPage();
        } catch (RuntimeException e) {
            png = ((org.openqa.selenium.TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES);
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @SuppressWarnings("unchecked")
    private byte[] fullPage() {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), MAX_SCREENSHOT_HEIGHT);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp profile is harmless
        }
    }
}
