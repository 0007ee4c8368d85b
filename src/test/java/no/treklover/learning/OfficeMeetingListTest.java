package no.treklover.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The office's meetings in two paged lists: from today on, soonest first, and before today, latest first. An office
 * that plans far ahead still sees its next meeting first (the list used to be the 200 latest by start, descending).
 */
@IntegrationTest
class OfficeMeetingListTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient http;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
    }

    @Test
    void upcomingMeetingsComeSoonestFirstAndPastOnesLatestFirstHoweverManyArePlannedAhead() {
        LocalDate today = LocalDate.now(OSLO);
        for (int i = 0; i < 25; i++) {
            meeting("Langt fram " + i, today.plusYears(2).plusDays(i));
        }
        long soon = meeting("Snart", today.plusDays(1));
        long laterToday = meeting("Senere i dag", today);
        long yesterday = meeting("I går", today.minusDays(1));
        long lastMonth = meeting("Forrige måned", today.minusMonths(1));

        List<JsonNode> upcoming = all("UPCOMING");
        assertThat(upcoming).isSortedAccordingTo(Comparator.comparing(OfficeMeetingListTest::start));
        assertThat(ids(upcoming)).contains(soon, laterToday).doesNotContain(yesterday, lastMonth);
        assertThat(ids(upcoming).indexOf(laterToday)).isLessThan(ids(upcoming).indexOf(soon));
        List<JsonNode> past = all("PAST");
        assertThat(past).isSortedAccordingTo(Comparator.comparing(OfficeMeetingListTest::start).reversed());
        assertThat(ids(past)).contains(yesterday, lastMonth).doesNotContain(soon, laterToday);
        assertThat(ids(past).indexOf(yesterday)).isLessThan(ids(past).indexOf(lastMonth));

        JsonNode second = http.get("kontorleder", "/api/v1/learning/meetings?when=UPCOMING&page=1&size=3").json();
        assertThat(second.path("page").asInt()).isEqualTo(1);
        assertThat(second.path("totalItems").asLong()).isEqualTo(upcoming.size());
        assertThat(ids(list(second))).isEqualTo(ids(upcoming).subList(3, 6));

        // the page: the meeting soonest is on the first page of "Kommende møter", and each list pages on its own
        int soonPage = ids(upcoming).indexOf(soon) / LearningPageController.MEETINGS_PER_PAGE;
        String page = http.get("veileder", "/learning?upcoming=" + soonPage).body();
        assertThat(page).contains("Kommende møter", "Tidligere møter", "/learning/meetings/" + soon + "\"");
        assertThat(page).contains("upcoming=" + (soonPage + 1));
        int yesterdayPage = ids(past).indexOf(yesterday) / LearningPageController.MEETINGS_PER_PAGE;
        assertThat(http.get("veileder", "/learning?past=" + yesterdayPage + "&upcoming=" + soonPage).body())
                .contains("/learning/meetings/" + yesterday + "\"", "/learning/meetings/" + soon + "\"");
    }

    @Test
    void anUnknownChoiceOfTimeIsAFieldError() {
        ApiClient.Response refused = http.get("kontorleder", "/api/v1/learning/meetings?when=LATER");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("when");
        assertThat(http.get("kontorleder", "/api/v1/learning/meetings?size=0").status()).isEqualTo(400);
    }

    private List<JsonNode> all(String when) {
        return OfficeMeetingPages.all(http, "kontorleder", when);
    }

    private static List<JsonNode> list(JsonNode answer) {
        List<JsonNode> rows = new ArrayList<>();
        answer.path("items").forEach(rows::add);
        return rows;
    }

    private static List<Long> ids(List<JsonNode> rows) {
        return OfficeMeetingPages.ids(rows);
    }

    private static Instant start(JsonNode row) {
        return Instant.parse(row.path("startsAt").asString());
    }

    /** Straight into the table: the planning form refuses a date in the past, and the list is what is tested. */
    private long meeting(String title, LocalDate day) {
        return jdbc.sql("""
                        insert into office_meeting (office_id, type, title, starts_at, duration_minutes, created_by,
                                                    created_at)
                        select u.office_id, 'MARKET_MEETING', :title, :starts, 60, u.id, now()
                        from app_user u where u.username = 'kontorleder' returning id""")
                .param("title", title)
                .param("starts", java.sql.Timestamp.from(day.atTime(23, 0).atZone(OSLO).toInstant()))
                .query(Long.class).single();
    }
}
