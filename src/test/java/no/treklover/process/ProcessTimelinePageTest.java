package no.treklover.process;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A process of several years has hundreds of timeline entries: the page shows the newest, all on request. */
@IntegrationTest
class ProcessTimelinePageTest {

    private static final Pattern ENTRY = Pattern.compile("class=\"timeline__item\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsTheNewestFiftyEntriesAndAllOnRequest() {
        ApiClient http = new ApiClient(port);
        long candidate = http.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Tove", "lastName", "Tidslinje")).id();
        long process = http.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
        jdbc.sql("""
                        insert into process_event (process_id, occurred_at, type)
                        select :p, now() - make_interval(days => n), 'DETAILS_UPDATED' from generate_series(1, 70) n""")
                .param("p", process).update();
        long total = jdbc.sql("select count(*) from process_event where process_id = :p").param("p", process)
                .query(Long.class).single();

        String page = page(http, "/processes/" + process);
        assertThat(ENTRY.matcher(page).results().count()).isEqualTo(ProcessPageController.TIMELINE_SHOWN);
        assertThat(page).contains("Vis alle " + total + " hendelser", "/processes/" + process + "?timeline=all#timeline");

        String all = page(http, "/processes/" + process + "?timeline=all");
        assertThat(ENTRY.matcher(all).results().count()).isEqualTo(total);
        assertThat(all).doesNotContain("Vis alle ");
    }

    private static String page(ApiClient http, String path) {
        ApiClient.Response response = http.send("veileder", "GET", path, null, null, Map.of("Accept", "text/html"));
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }
}
