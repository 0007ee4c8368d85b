package no.treklover.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import no.treklover.support.ApiClient;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the employer register's tests share: employers inserted as the import leaves them, and the API's search. */
final class RegisterSearch {

    private RegisterSearch() {
    }

    /** A word of a test's own for its employers' names: letters only, so the demo data and other tests never hold it. */
    static String token(String start, String forDigits) {
        return start + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36)
                .replaceAll("[0-9]", forDigits);
    }

    /** {@code GET /api/v1/employers?query} as the demo market contact; it must answer 200. */
    static ApiClient.Response search(ApiClient api, String query) {
        ApiClient.Response response = api.get("markedskontakt", "/api/v1/employers?" + query);
        assertThat(response.status()).as(query).isEqualTo(200);
        return response;
    }

    /** The ids of a search's page, in its order. */
    static List<Long> ids(ApiClient.Response response) {
        List<Long> ids = new ArrayList<>();
        response.json().path("items").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    /** An employer as the import leaves it: the register's columns given, NAV's fields as in {@code columns} too. */
    static long employer(JdbcClient jdbc, String name, String orgNumber, Map<String, Object> columns) {
        StringBuilder names = new StringBuilder("org_number, name");
        StringBuilder values = new StringBuilder(":org, :name");
        columns.keySet().forEach(column -> {
            names.append(", ").append(column);
            values.append(", :").append(column);
        });
        return jdbc.sql("insert into employer (" + names + ") values (" + values + ") returning id")
                .param("org", orgNumber).param("name", name).params(columns).query(Long.class).single();
    }
}
