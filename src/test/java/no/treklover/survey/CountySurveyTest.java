package no.treklover.survey;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A county's survey (BRIEF §2: the Arbeidslivssenter adviser works at county level): sent to the counsellors of every
 * office of her unit's county and no other, managed by her alone, and its results per office suppressed so that the
 * county's total gives no hidden office's count away.
 */
@IntegrationTest
class CountySurveyTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient http;
    String county;
    String unit;
    List<String> offices = new ArrayList<>();
    String elsewhere;
    String adviser;

    @BeforeEach
    void county() {
        http = new ApiClient(port);
        county = "Surveyfylke " + System.nanoTime();
        unit = office("NAV Arbeidslivssenter Prøve", county);
        for (int i = 0; i < 3; i++) {
            offices.add(office("NAV Prøve " + i, county));
        }
        elsewhere = office("NAV Utenfor", "Annet " + county);
        adviser = "als-" + unit;
        user(adviser, "WORKLIFE_CENTRE_ADVISER", unit, "arbeidslivssenter");
        user("v-" + offices.get(0), "COUNSELLOR", offices.get(0), "veileder");
        user("v2-" + offices.get(0), "COUNSELLOR", offices.get(0), "veileder");
        user("v-" + offices.get(2), "COUNSELLOR", offices.get(2), "veileder");
        user("v-" + elsewhere, "COUNSELLOR", elsewhere, "veileder");
    }

    private String office(String name, String inCounty) {
        for (int i = 9000; i < 10000; i++) {
            String id = String.valueOf(i);
            if (jdbc.sql("select count(*) from office where id = :id").param("id", id).query(Long.class)
                    .single() == 0) {
                jdbc.sql("insert into office (id, name, county) values (:id, :name, :county)").param("id", id)
                        .param("name", name).param("county", inCounty).update();
                return id;
            }
        }
        throw new IllegalStateException("no free office id");
    }

    private void user(String username, String role, String office, String like) {
        jdbc.sql("""
                insert into app_user (username, password_hash, display_name, role, office_id)
                select :username, password_hash, :username, :role, :office from app_user where username = :like""")
                .param("username", username).param("role", role).param("office", office).param("like", like)
                .update();
    }

    private ApiClient.Response form(String user, String path, String body) {
        return http.send(user, "POST", path, body, FORM, Map.of());
    }

    private long version(long id) {
        return jdbc.sql("select version from survey where id = :id").param("id", id).query(Long.class).single();
    }

    private long countySurvey(String title) {
        ApiClient.Response created = form(adviser, "/surveys", "title=" + title + "&audience=COUNSELLOR");
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        long id = Long.parseLong(created.header("Location").replaceAll(".*/surveys/(\\d+).*", "$1"));
        ApiClient.Response added = form(adviser, "/surveys/" + id + "/questions",
                "kind=SINGLE&text=Hvor&required=true&options=Ja%0ANei&version=" + version(id));
        assertThat(added.status()).as(added.body()).isEqualTo(302);
        return id;
    }

    @Test
    void theAdviserSendsToTheCounsellorsOfEveryOfficeOfHerCountyAndNoOneElse() {
        long id = countySurvey("Fylket");
        assertThat(jdbc.sql("select county from survey where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo(county);
        assertThat(form(adviser, "/surveys/" + id, "title=Fylket&audience=EMPLOYER&triggered=true&version="
                + version(id)).status()).as("a county survey is not sent by each ended process").isEqualTo(200);
        assertThat(http.get(adviser, "/surveys/" + id + "/send").body()).contains("ved kontorene i " + county);
        assertThat(form(adviser, "/surveys/" + id + "/send", "version=" + version(id)).status()).isEqualTo(200);
        List<String> asked = jdbc.sql("""
                select u.username || '@' || r.office_id from survey_recipient r join app_user u on u.id = r.user_id
                where r.survey_id = :id order by 1""").param("id", id).query(String.class).list();
        assertThat(asked).containsExactlyInAnyOrder("v-" + offices.get(0) + "@" + offices.get(0),
                "v2-" + offices.get(0) + "@" + offices.get(0), "v-" + offices.get(2) + "@" + offices.get(2));
        assertThat(http.get("kontorleder", "/surveys/" + id).status())
                .as("an office leader manages her office's surveys, not the county's").isEqualTo(403);
        assertThat(http.get(adviser, "/api/v1/surveys/" + id + "/results").status()).isEqualTo(200);
        assertThat(http.get("v-" + offices.get(0), "/surveys/" + id + "/results").status()).isEqualTo(403);
    }

    /** Respondents of the office who chose the first option, as the buffer would have stored them. */
    private void answered(long survey, String office, int n) {
        long question = jdbc.sql("select id from survey_question where survey_id = :id").param("id", survey)
                .query(Long.class).single();
        for (int i = 0; i < n; i++) {
            UUID response = UUID.randomUUID();
            jdbc.sql("insert into survey_recipient (survey_id, office_id, token_hash, answered) "
                    + "values (:s, :o, :h, true)").param("s", survey).param("o", office)
                    .param("h", UUID.randomUUID().toString()).update();
            jdbc.sql("insert into survey_response (id, survey_id, office_id) values (:id, :s, :o)")
                    .param("id", response).param("s", survey).param("o", office).update();
            jdbc.sql("insert into survey_answer (response_id, question_id, choice) values (:r, :q, 0)")
                    .param("r", response).param("q", question).update();
        }
    }

    private JsonNode results(long id, String office) {
        ApiClient.Response r = http.get(adviser, "/api/v1/surveys/" + id + "/results"
                + (office == null ? "" : "?office=" + office));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static boolean absent(JsonNode node) {
        return node.isNull() || node.isMissingNode();
    }

    @Test
    void noOfficesHiddenCountCanBeWorkedOutFromTheCountyTotal() {
        long id = countySurvey("Undertrykking");
        jdbc.sql("update survey set state = 'OPEN', opened_at = now() where id = :id").param("id", id).update();
        answered(id, offices.get(0), 20);
        answered(id, offices.get(1), 3);
        answered(id, offices.get(2), 7);

        JsonNode total = results(id, null);
        assertThat(total.get("respondents").asInt()).isEqualTo(30);
        assertThat(total.get("questions").get(0).get("respondents").asInt()).isEqualTo(30);
        long shownSum = 0;
        List<String> hidden = new ArrayList<>();
        for (String office : offices) {
            JsonNode r = results(id, office);
            assertThat(r.get("office").asText()).isEqualTo(office);
            JsonNode question = r.get("questions").get(0);
            if (absent(r.path("respondents"))) {
                hidden.add(office);
                assertThat(absent(question.path("respondents"))).as("the question of a hidden office").isTrue();
                assertThat(absent(question.path("rows").path(0).path("count"))).isTrue();
            } else {
                shownSum += r.get("respondents").asLong();
                assertThat(question.get("respondents").asLong()).isEqualTo(r.get("respondents").asLong());
            }
        }
        assertThat(hidden).as("the office of three").contains(offices.get(1));
        assertThat(hidden).as("and another, or 30 minus the offices shown would be its three")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(30 - shownSum).isGreaterThan(3);
        String page = http.get(adviser, "/surveys/" + id + "/results?office=" + offices.get(1)).body();
        assertThat(page).doesNotContain("n = 3");
    }
}
