package no.treklover.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 4, "no national ids in URLs": the caseload search refuses a national id in the browser (constraint
 * validation, no JavaScript needed) and, when one reaches the server anyway, htmx is told not to push the address.
 */
@IntegrationTest
class CaseloadSearchPrivacyTest {

    private static final Pattern SEARCH_INPUT = Pattern.compile("<input[^>]*id=\"search\"[^>]*>");
    private static final Pattern PATTERN_ATTRIBUTE = Pattern.compile("pattern=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    ApiClient http;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
    }

    @Test
    void theSearchFieldRefusesANationalIdInTheBrowser() {
        String html = caseload("", false).body();
        Matcher input = SEARCH_INPUT.matcher(html);
        assertThat(input.find()).isTrue();
        Matcher attribute = PATTERN_ATTRIBUTE.matcher(input.group());
        assertThat(attribute.find()).as("the search field has a pattern").isTrue();
        assertThat(input.group()).contains("title=\"Fødselsnummer kan ikke brukes i søket")
                .contains("aria-describedby=\"search-hint\"");
        assertThat(html).contains("id=\"search-hint\"").contains("«Nytt forløp»");
        Matcher form = Pattern.compile("<form[^>]*role=\"search\"[^>]*>").matcher(html);
        assertThat(form.find()).isTrue();
        assertThat(form.group()).doesNotContainIgnoringCase("novalidate");

        // The browser matches the whole value (^(?:pattern)$); these constructs mean the same in Java.
        Pattern browser = Pattern.compile("^(?:" + attribute.group(1).replace("&#39;", "'") + ")$");
        for (String refused : new String[] {"12345678901", "123456 78901", " 123 456 789 01 ", "1 2 3 4 5 6 7 8 9 0 1"}) {
            assertThat(browser.matcher(refused).matches()).as(refused).isFalse();
        }
        for (String allowed : new String[] {"", "Kari", "Nordmann", "1234567890", "123456789012", "Kari 12345678901",
                "Ola 12"}) {
            assertThat(browser.matcher(allowed).matches()).as(allowed).isTrue();
        }
    }

    @Test
    void aRefusedSearchIsNotPushedIntoTheHistoryByHtmx() {
        String nationalId = TestPeople.newNationalId();
        String spaced = nationalId.substring(0, 6) + "+" + nationalId.substring(6);

        ApiClient.Response htmx = caseload(spaced, true);
        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.header("HX-Push-Url")).isEqualTo("false");
        assertThat(htmx.body()).contains("Fødselsnummer skal ikke brukes i søket");

        ApiClient.Response plain = caseload(nationalId, false);
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.body()).contains("Fødselsnummer skal ikke brukes i søket");
        assertThat(plain.header("HX-Push-Url")).isNull();

        ApiClient.Response byName = caseload("Kari", true);
        assertThat(byName.status()).isEqualTo(200);
        assertThat(byName.header("HX-Push-Url")).isNull();
        assertThat(byName.body()).doesNotContain("Fødselsnummer skal ikke brukes i søket");
    }

    private ApiClient.Response caseload(String search, boolean htmx) {
        Map<String, String> headers = htmx ? Map.of("Accept", "text/html", "HX-Request", "true")
                : Map.of("Accept", "text/html");
        return http.send("veileder", "GET", "/caseload?search=" + search, null, null, headers);
    }
}
