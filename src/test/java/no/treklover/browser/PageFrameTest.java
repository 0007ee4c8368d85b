package no.treklover.browser;

import static no.treklover.browser.Browser.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The page frame as users meet it on a phone (390 × 844) and a laptop (1366 × 768): the caseload and the innsyn as a
 * card per row without sideways scrolling, the header as one compact bar with a menu button that the keyboard opens,
 * no page of the agreement, the caseload, the process or the innsyn wider than its window, and the design system's
 * font loaded from the app.
 */
@IntegrationTest
class PageFrameTest {

    static final Dimension LAPTOP = new Dimension(1366, 768);
    /** The header bar on a phone: the brand, the notifications and the menu button in one row of 44 px targets. */
    static final int MAX_PHONE_HEADER_HEIGHT = 64;

    private static final By CARDS = By.cssSelector("table.cards-on-phone tbody tr");
    private static final By MENU_BUTTON = By.cssSelector("header summary.app-menu__button");
    private static final By MENU_LINKS = By.cssSelector("header nav a");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final Browser browser = Browser.chromium();

    private final List<Long> notifications = new ArrayList<>();

    @AfterEach
    void removeNotifications() {
        notifications.forEach(id -> jdbc.sql("delete from notification where id = :id").param("id", id).update());
    }

    @Test
    void theCaseloadIsACardPerProcessOnAPhoneAndATableOnTheDesktop() {
        login("veileder", PHONE);
        browser.open("/caseload");

        assertThat(PageChecker.sidewaysOverflow(browser)).as("the caseload scrolls sideways on a phone").isNull();
        List<WebElement> cards = browser.findAll(CARDS);
        assertThat(cards).as("the caseload has rows in the demo data").isNotEmpty();
        WebElement card = cards.get(0);
        assertWithinWindow(card);
        String name = card.findElement(By.cssSelector("th[scope=row] a")).getText();
        assertThat(name).isNotBlank();
        assertThat(shownLabels(card)).as("the card names its next action and deadline")
                .contains("Fase:", "Neste handling:", "Frist:");
        assertThat(card.findElement(By.cssSelector("td[data-label^='Neste handling']")).getText()).isNotBlank();
        // every card is whole inside the window, with its next action visible
        for (WebElement each : cards) {
            assertWithinWindow(each);
            assertThat(each.findElement(By.cssSelector("td[data-label^='Neste handling']")).isDisplayed()).isTrue();
        }
        // an overdue process says so on its card
        List<WebElement> overdue = browser.findAll(By.cssSelector("table.cards-on-phone .overdue-tag"));
        overdue.forEach(tag -> assertThat(tag.isDisplayed()).isTrue());
        // still a table with column headers for a screen reader, the headers visually hidden
        assertThat(browser.find(By.cssSelector("table.cards-on-phone thead")).getRect().getHeight())
                .isLessThanOrEqualTo(1);
        assertThat(axRole("table.cards-on-phone")).isEqualTo("table");
        assertThat(axRole("table.cards-on-phone thead th")).isEqualTo("columnheader");
        assertThat(axRole("table.cards-on-phone tbody th")).isEqualTo("rowheader");
        assertThat(axRole("table.cards-on-phone tbody td")).isEqualTo("cell");
        browser.check("caseload on a phone");

        browser.size(LAPTOP);
        browser.open("/caseload");
        assertThat(js("return getComputedStyle(document.querySelector('table.cards-on-phone')).display"))
                .as("a real table on the desktop").isEqualTo("table");
        assertThat(visible(browser.find(By.cssSelector("table.cards-on-phone thead th")))).isTrue();
        assertThat(shownLabels(browser.find(CARDS))).as("labels in the cells of the desktop table").isEmpty();
        assertThat(PageChecker.sidewaysOverflow(browser)).isNull();
    }

    @Test
    void theInnsynIsACardPerLineOnAPhone() {
        // the counsellor reads Kaja's process, so her innsyn has a line
        login("veileder", LAPTOP);
        browser.open("/processes/" + kajasProcess());
        browser.logout();
        login("kandidat", PHONE);
        browser.open("/my/access-log");

        assertThat(PageChecker.sidewaysOverflow(browser)).as("the innsyn scrolls sideways on a phone").isNull();
        List<WebElement> cards = browser.findAll(CARDS);
        assertThat(cards).as("someone has read Kaja's data in the demo data").isNotEmpty();
        cards.forEach(PageFrameTest::assertWithinWindow);
        assertThat(shownLabels(cards.get(0))).containsExactly("Hvem:", "Hva:", "Fikk lov?");
        browser.check("innsyn on a phone");
    }

    @Test
    void theHeaderIsOneCompactBarOnAPhoneWithTheBadgeAndAMenuTheKeyboardOpens() {
        long unread = notify("kandidat");
        login("kandidat", PHONE);
        browser.open("/my/access-log");

        WebElement header = browser.find(By.cssSelector("header.app-header"));
        assertThat(header.getRect().getHeight()).as("header height at 390 px").isLessThanOrEqualTo(
                MAX_PHONE_HEADER_HEIGHT);
        assertThat(visible(browser.find(MENU_BUTTON))).isTrue();
        assertThat(browser.find(MENU_BUTTON).getDomAttribute("aria-controls")).isEqualTo("app-menu-panel");
        assertThat(browser.findAll(By.id("app-menu-panel"))).hasSize(1);
        assertThat(browser.findAll(MENU_LINKS)).as("the menu starts closed").isNotEmpty().noneMatch(this::visible);
        WebElement badge = browser.find(By.cssSelector("header .notification-badge"));
        assertThat(badge.isDisplayed()).as("the unread count shows with the menu closed").isTrue();
        assertThat(badge.getText()).isEqualTo(String.valueOf(unread));
        assertThat(expanded()).as("the button says the menu is collapsed").isFalse();

        // Tab from the top of the page to the menu button and open it with Enter
        WebElement button = tabTo(MENU_BUTTON);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitUntil(d -> browser.find(By.cssSelector("header nav a[href$='/my/consent']")).isDisplayed());
        assertThat(expanded()).as("the button says the menu is expanded").isTrue();
        assertThat(browser.findAll(MENU_LINKS)).allMatch(this::visible);
        assertThat(browser.find(By.cssSelector("header form[action$='/logout'] button")).isDisplayed()).isTrue();
        assertThat(PageChecker.sidewaysOverflow(browser)).isNull();
        browser.check("phone menu open");

        // the next Tab goes into the menu, and Enter follows the link
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(js("return document.activeElement.closest('#app-menu-panel') !== null")).isEqualTo(true);
        // and Space closes it again from the button
        button.click();
        browser.waitUntil(d -> !browser.find(By.cssSelector("header nav a[href$='/my/consent']")).isDisplayed());
        button.sendKeys(Keys.SPACE);
        browser.waitUntil(d -> browser.find(By.cssSelector("header nav a[href$='/my/consent']")).isDisplayed());
        browser.clickAndWaitForPage(By.cssSelector("header nav a[href$='/my/consent']"));
        assertThat(browser.path()).isEqualTo("/my/consent");
    }

    @Test
    void onTheDesktopTheMenuIsInTheBarWithoutAButton() {
        login("veileder", LAPTOP);
        browser.open("/caseload");

        assertThat(visible(browser.find(MENU_BUTTON))).isFalse();
        assertThat(browser.findAll(MENU_LINKS)).isNotEmpty().allMatch(this::visible);
        assertThat(axRole("header nav a")).as("the links are in the accessibility tree").isEqualTo("link");
        assertThat(visible(browser.find(By.cssSelector("header form[action$='/logout'] button")))).isTrue();
        assertThat(browser.find(By.cssSelector("header.app-header")).getRect().getHeight()).isLessThanOrEqualTo(
                MAX_PHONE_HEADER_HEIGHT);
        browser.logout();
    }

    @Test
    void theAgreementCaseloadProcessAndInnsynPagesFitTheWindowOnAPhoneAndALaptop() {
        long process = kajasProcess();
        long agreement = one("select min(id) from mentor_agreement where process_id = " + process);
        long concluded = one("select min(agreement_id) from agreement_version");
        List<String> counsellors = new ArrayList<>(List.of("/caseload", "/processes/" + process,
                "/agreements/" + concluded + "/versions?left=1&right=1"));
        // every agreement of the counsellor's office, in whatever state the demo data has it
        jdbc.sql("""
                select a.id from mentor_agreement a join inclusion_process p on p.id = a.process_id
                where p.office_id = '0315' order by a.id""").query(Long.class).list()
                .forEach(id -> counsellors.add("/agreements/" + id));
        Map<String, List<String>> pages = Map.of(
                "veileder", counsellors,
                "arbeidsgiver", List.of("/agreements/" + agreement, "/agreements/" + concluded,
                        "/processes/" + process + "/shared"),
                "beslutter", List.of("/agreements/" + concluded),
                "kandidat", List.of("/my", "/my/access-log", "/agreements/" + agreement));
        List<String> problems = new ArrayList<>();
        pages.forEach((user, paths) -> {
            login(user, LAPTOP);
            for (Dimension size : List.of(LAPTOP, PHONE)) {
                browser.driver().manage().window().setSize(size);
                for (String path : paths) {
                    browser.open(path);
                    String overflow = PageChecker.sidewaysOverflow(browser);
                    System.out.printf("[frame] %-12s %4d px %-45s %s%n", user, size.getWidth(), path,
                            overflow == null ? "fits" : overflow);
                    if (overflow != null) {
                        problems.add(user + " " + size.getWidth() + " px " + path + ": " + overflow);
                    }
                }
            }
            browser.size(LAPTOP);
            browser.logout();
        });
        assertThat(problems).as("pages that scroll sideways").isEmpty();
    }

    @Test
    void anApprovedAgreementWithLongAddressesAndTextsFitsTheWindow() {
        long concluded = one("select min(agreement_id) from agreement_version");
        Map<String, Object> before = jdbc.sql("""
                select mentor_email, employer_contact_email, tasks, follow_up from mentor_agreement where id = :id""")
                .param("id", concluded).query().singleRow();
        // no hyphen or space to break at: only CSS that lets a long word wrap keeps these inside the window
        String email = "kari.nordmann.mentor.for.inkluderingsforlopet@grunerlokkabyggogtomreravdelingoslo.no";
        String link = "https://www.nav.no/arbeidsgiver/mentortilskudd?plan=" + "opplaeringsplan".repeat(12);
        try {
            jdbc.sql("""
                    update mentor_agreement set mentor_email = :email, employer_contact_email = :email,
                        tasks = :link, follow_up = :link where id = :id""")
                    .param("email", email).param("link", link).param("id", concluded).update();
            List<String> problems = new ArrayList<>();
            for (String user : List.of("veileder", "arbeidsgiver")) {
                login(user, LAPTOP);
                for (Dimension size : List.of(LAPTOP, PHONE)) {
                    browser.driver().manage().window().setSize(size);
                    browser.open("/agreements/" + concluded);
                    assertThat(browser.find(By.tagName("main")).getText()).contains(email);
                    String overflow = PageChecker.sidewaysOverflow(browser);
                    if (overflow != null) {
                        problems.add(user + " " + size.getWidth() + " px: " + overflow);
                    }
                }
                browser.size(LAPTOP);
                browser.logout();
            }
            assertThat(problems).as("the agreement page scrolls sideways").isEmpty();
        } finally {
            jdbc.sql("""
                    update mentor_agreement set mentor_email = :mentor, employer_contact_email = :employer,
                        tasks = :tasks, follow_up = :followUp where id = :id""")
                    .param("mentor", before.get("mentor_email")).param("employer", before.get("employer_contact_email"))
                    .param("tasks", before.get("tasks")).param("followUp", before.get("follow_up"))
                    .param("id", concluded).update();
        }
    }

    @Test
    void theDesignSystemsFontIsLoadedFromTheApp() {
        browser.size(LAPTOP);
        browser.open("/login");

        assertThat(String.valueOf(js("return getComputedStyle(document.body).fontFamily")))
                .startsWith("\"Source Sans 3\"");
        Object loaded = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.ready.then(() => done([...document.fonts]
                    .filter(f => f.family.replaceAll('"', '') === 'Source Sans 3' && f.status === 'loaded')
                    .map(f => f.style + ' ' + f.weight)));""");
        assertThat(((List<?>) loaded).stream().map(String::valueOf).toList()).as("Source Sans 3 faces the page loaded")
                .contains("normal 200 900");
        Object used = js("""
                return performance.getEntriesByType('resource').map(r => r.name)
                    .filter(n => n.includes('/vendor/fonts/'));""");
        assertThat((List<?>) used).as("font files fetched").isNotEmpty()
                .allSatisfy(url -> assertThat(url.toString()).startsWith("http://localhost:" + port + "/")
                        .matches(".*\\.ttf-[0-9a-f]{32}\\.woff2"));
        browser.assertNoConsoleErrors("login");
    }

    // ---------------------------------------------------------------- helpers

    private void login(String user, Dimension size) {
        browser.driver().manage().window().setSize(size);
        browser.login(user, "demo");
        assertThat(browser.path()).as("%s is logged in", user).isNotEqualTo("/login");
    }

    /** An unread notification for the user, removed after the test. */
    private long notify(String user) {
        long id = jdbc.sql("""
                insert into notification (recipient_id, message_key, created_at)
                select id, 'notification.title', now() from app_user where username = :user returning id""")
                .param("user", user).query(Long.class).single();
        notifications.add(id);
        return jdbc.sql("""
                select count(*) from notification n join app_user u on u.id = n.recipient_id
                where u.username = :user and n.read_at is null""").param("user", user).query(Long.class).single();
    }

    private WebElement tabTo(By target) {
        WebElement wanted = browser.find(target);
        js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        for (int i = 0; i < 10; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            if (Boolean.TRUE.equals(js("return document.activeElement === arguments[0]", wanted))) {
                return wanted;
            }
        }
        throw new AssertionError("Tab never reached " + target + "; focus is on "
                + js("return document.activeElement.outerHTML"));
    }

    /** The menu button's expanded state as Chromium tells assistive technology (its accessibility tree). */
    @SuppressWarnings("unchecked")
    private boolean expanded() {
        Map<String, Object> node = axNode("header summary.app-menu__button");
        for (Map<String, Object> property : (List<Map<String, Object>>) node.getOrDefault("properties", List.of())) {
            if ("expanded".equals(property.get("name"))) {
                return Boolean.TRUE.equals(((Map<String, Object>) property.get("value")).get("value"));
            }
        }
        throw new AssertionError("The menu button has no expanded state in the accessibility tree: " + node);
    }

    /** The role of the first element the selector finds, as Chromium's accessibility tree has it. */
    @SuppressWarnings("unchecked")
    private String axRole(String selector) {
        Map<String, Object> node = axNode(selector);
        if (Boolean.TRUE.equals(node.get("ignored"))) {
            return "ignored";
        }
        return String.valueOf(((Map<String, Object>) node.get("role")).get("value"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> axNode(String selector) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        Map<String, Object> document = chrome.executeCdpCommand("DOM.getDocument", Map.of());
        Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
        Object node = chrome.executeCdpCommand("DOM.querySelector",
                Map.of("nodeId", root, "selector", selector)).get("nodeId");
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) chrome.executeCdpCommand(
                "Accessibility.getPartialAXTree", Map.of("nodeId", node, "fetchRelatives", false)).get("nodes");
        return nodes.get(0);
    }

    /** The column names a row's cells show in front of their values (CSS generated content from data-label). */
    private List<String> shownLabels(WebElement row) {
        return ((List<?>) js("""
                return [...arguments[0].querySelectorAll('td[data-label]')]
                    .filter(td => td.offsetParent !== null && !['none', 'normal'].includes(getComputedStyle(td, '::before').content))
                    .map(td => td.dataset.label);""", row)).stream().map(String::valueOf).toList();
    }

    private long kajasProcess() {
        long kaja = one("select candidate_id from app_user where username = 'kandidat'");
        return one("select id from inclusion_process where candidate_id = " + kaja + " and open");
    }

    /** Whether the element is rendered (Selenium's isDisplayed counts all of a closed details as hidden). */
    private boolean visible(WebElement element) {
        return Boolean.TRUE.equals(js("return arguments[0].checkVisibility({contentVisibilityAuto: true})", element));
    }

    private static void assertWithinWindow(WebElement element) {
        int right = element.getRect().getX() + element.getRect().getWidth();
        assertThat(right).as("right edge of %s", element.getTagName()).isLessThanOrEqualTo(PHONE.getWidth());
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }

    private long one(String sql) {
        Long value = jdbc.sql(sql).query(Long.class).single();
        assertThat(value).as(sql).isNotNull();
        return value;
    }
}
