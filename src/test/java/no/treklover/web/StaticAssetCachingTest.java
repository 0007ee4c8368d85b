package no.treklover.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Pages link the static files under their content hash, and those are cached by the browser for a year. */
@IntegrationTest
class StaticAssetCachingTest {

    private static final Pattern VERSIONED = Pattern.compile("(?:href|src)=\"(/(?:css|vendor)/[^\"]+-[0-9a-f]{32}\\.(?:css|js))\"");

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
}
