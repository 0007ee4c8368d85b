package no.treklover.contact;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The contact log page lists 50 contacts a page, newest first, with the shared pagination links. */
@IntegrationTest
class ContactLogPagingTest {

    @LocalServerPort
    int port;

    @Test
    void theLogIsPagedFiftyAtATime() {
        ApiClient api = new ApiClient(port);
        long candidate = api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Mange", "lastName", "Kontakter")).id();
        long process = api.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
        for (int i = 0; i < ContactSections.LOG_PAGE_ROWS + 1; i++) {
            assertThat(api.post("veileder", "/api/v1/processes/" + process + "/contacts",
                    object("counterpart", "MENTOR", "form", "PHONE", "initiator", "COUNSELLOR",
                            "durationMinutes", 5, "note", "Kontakt nr " + i)).status()).isEqualTo(201);
        }
        String path = "/processes/" + process + "/contacts";

        String first = html(api, path);
        assertThat(items(first)).isEqualTo(ContactSections.LOG_PAGE_ROWS);
        assertThat(first).contains("Side 1 av 2", "Neste side", "href=\"" + path + "?page=1\"")
                .doesNotContain("Forrige side");

        String second = html(api, path + "?page=1");
        assertThat(items(second)).isEqualTo(1);
        assertThat(second).contains("Side 2 av 2", "Forrige side", "href=\"" + path + "?page=0\"")
                .doesNotContain("Neste side");

        assertThat(items(html(api, path + "?page=99"))).as("clamped to the last page").isEqualTo(1);
        assertThat(items(html(api, path + "?page=-4"))).isEqualTo(ContactSections.LOG_PAGE_ROWS);
    }

    private static String html(ApiClient api, String path) {
        ApiClient.Response r = api.send("veileder", "GET", path, null, null, Map.of("Accept", "text/html"));
        assertThat(r.status()).as(path).isEqualTo(200);
        return r.body();
    }

    private static long items(String html) {
        return Pattern.compile("class=\"timeline__item\"").matcher(html).results().count();
    }
}
