package no.treklover.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pages link the static files under their content hash, and those are cached by the browser for a year: the app's
 * CSS, the design system's, htmx, the font and its files (linked from the CSS); /favicon.ico answers without login.
 */
@IntegrationTest
class StaticAssetCachingTest {

    private static final Pattern VERSIONED = Pattern.compile("(?:href|src)=\"(/(?:css|vendor)/[^\"]+-[0-9a-f]{32}\\.(?:css|js))\"");
    private static final Pattern FONT_URL = Pattern.compile("url\\(\"([^\"]+)\"\\)");
    private static final Pattern ICON = Pattern.compile("<link rel=\"icon\" href=\"(/img/cloverleaf-[0-9a-f]{32}\\.svg)\" type=\"image/svg\\+xml\">");

    @LocalServerPort
    int port;

    @Test
    void pagesLinkVersionedFilesThatAreCachedLong() {
        ApiClient http = new ApiClient(port);
        ApiClient.Response login = http.send(null, "GET", "/login", null, null, Map.of("Accept", "text/html"));
        assertThat(login.status()).isEqualTo(200);

        List<String> links = VERSIONED.matcher(login.body()).results().map(m -> m.group(1)).toList();
        assertThat(links).as("versioned links in %s", login.body())
                .anyMatch(l -> l.startsWith("/css/app-")).anyMatch(l -> l.startsWith("/vendor/htmx.min-"));
        assertThat(login.body()).doesNotContain("\"/css/app.css\"", "\"/vendor/htmx.min.js\"");

        for (String link : links) {
            ApiClient.Response asset = http.send(null, "GET", link, null, null, Map.of("Accept", "*/*"));
            assertThat(asset.status()).as(link).isEqualTo(200);
            assertThat(asset.header("Cache-Control")).as(link).contains("max-age=31536000").contains("public");
        }
    }

    @Test
    void theDesignSystemHtmxAndTheFontAreVersionedAndTheFontFilesCachedAYear() {
        ApiClient http = new ApiClient(port);
        String page = http.send(null, "GET", "/login", null, null, Map.of("Accept", "text/html")).body();
        List<String> links = VERSIONED.matcher(page).results().map(m -> m.group(1)).toList();
        assertThat(links).anyMatch(l -> l.startsWith("/vendor/components.min-"))
                .anyMatch(l -> l.startsWith("/vendor/global/tokens.min-"))
                .anyMatch(l -> l.startsWith("/vendor/htmx.min-"))
                .anyMatch(l -> l.startsWith("/css/fonts-"));

        String fontsCss = links.stream().filter(l -> l.startsWith("/css/fonts-")).findFirst().orElseThrow();
        String css = http.send(null, "GET", fontsCss, null, null, Map.of("Accept", "text/css")).body();
        List<String> fonts = FONT_URL.matcher(css).results().map(m -> m.group(1)).toList();
        assertThat(fonts).as("font files in %s", css).hasSize(2)
                .allMatch(url -> url.matches("/vendor/fonts/.+-[0-9a-f]{32}\\.woff2"), "versioned");
        for (String font : fonts) {
            ApiClient.Response file = http.send(null, "GET", font, null, null, Map.of("Accept", "*/*"));
            assertThat(file.status()).as(font).isEqualTo(200);
            assertThat(file.header("Cache-Control")).as(font).contains("max-age=31536000").contains("public");
            assertThat(file.contentType()).as(font).isEqualTo("font/woff2");
        }
    }

    @Test
    void theFaviconAnswersWithoutLoginAndPagesLinkTheSvgIcon() {
        ApiClient http = new ApiClient(port);
        ApiClient.Response favicon = http.send(null, "GET", "/favicon.ico", null, null, Map.of("Accept", "image/*"));
        assertThat(favicon.status()).isEqualTo(200);
        assertThat(favicon.contentType()).isIn("image/x-icon", "image/vnd.microsoft.icon");
        assertThat(favicon.header("Cache-Control")).contains("max-age=604800");
        assertThat(favicon.header("Set-Cookie")).as("no session for a static file").isNull();

        String page = http.send(null, "GET", "/login", null, null, Map.of("Accept", "text/html")).body();
        java.util.regex.Matcher icon = ICON.matcher(page);
        assertThat(icon.find()).as("<link rel=icon> in %s", page).isTrue();
        ApiClient.Response svg = http.send(null, "GET", icon.group(1), null, null, Map.of("Accept", "image/*"));
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        assertThat(svg.header("Cache-Control")).contains("max-age=31536000");
    }
}
