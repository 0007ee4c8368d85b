package no.treklover.learning;

import java.util.ArrayList;
import java.util.List;
import no.treklover.support.ApiClient;
import tools.jackson.databind.JsonNode;

/** The whole of one of the office's meeting lists through the API, page after page, in the order it is shown. */
final class OfficeMeetingPages {

    private OfficeMeetingPages() {
    }

    /** Every row of the list {@code when} (UPCOMING or PAST) that {@code user} sees. */
    static List<JsonNode> all(ApiClient http, String user, String when) {
        List<JsonNode> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = http.get(user, "/api/v1/learning/meetings?when=" + when + "&size=200&page=" + page)
                    .json();
            answer.path("items").forEach(rows::add);
            if (page + 1 >= answer.path("totalPages").asInt()) {
                return rows;
            }
        }
    }

    static List<Long> ids(List<JsonNode> rows) {
        return rows.stream().map(row -> row.path("id").asLong()).toList();
    }
}
