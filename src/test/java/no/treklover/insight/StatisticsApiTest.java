package no.treklover.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.treklover.identifiers.NationalId;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The office leader's figures over HTTP, on a county of its own with two offices and hand-computed counts: small
 * counts are null, and so is the count that would give one away through the county; other roles get 403.
 */
@IntegrationTest
class StatisticsApiTest {

    private static final LocalDate ENDED = LocalDate.of(2026, 3, 15);
    private static final String PERIOD = "?from=2026-01-01&to=2026-06-30";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String leader;
    private String officeA;
    private String officeB;

    @BeforeEach
    void county() {
        String county = "Prøvefylke " + System.nanoTime();
        officeA = freeOfficeId();
        jdbc.sql("insert into office (id, name, county) values (:id, 'NAV Prøve A', :county)")
                .param("id", officeA).param("county", county).update();
        officeB = freeOfficeId();
        jdbc.sql("insert into office (id, name, county) values (:id, 'NAV Prøve B', :county)")
                .param("id", officeB).param("county", county).update();
        leader = "leder-" + officeA;
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, office_id)
                        select :username, password_hash, 'Prøve Leder', 'OFFICE_LEADER', :office
                        from app_user where username = 'kontorleder'""")
                .param("username", leader).param("office", officeA).update();
        // office A: 6 ordinary jobs, 2 without a job; office B: 7 and 8
        ended(officeA, "ORDINARY_JOB", 6);
        ended(officeA, "ENDED_WITHOUT_JOB", 2);
        ended(officeB, "ORDINARY_JOB", 7);
        ended(officeB, "ENDED_WITHOUT_JOB", 8);
    }

    @Test
    void theSmallCountAndTheCountsThatWouldGiveItAwayAreNull() {
        ApiClient.Response response = new ApiClient(port).get(leader, "/api/v1/statistics/office" + PERIOD);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode outcome = table(response.json(), "OUTCOME");
        List<String> categories = texts(outcome.path("categories"));
        int job = categories.indexOf("ORDINARY_JOB");
        int without = categories.indexOf("ENDED_WITHOUT_JOB");
        int clarified = categories.indexOf("CLARIFIED");

        // A's 2 is hidden; A's 6 too (else 8 - 6 gives it); B's 7 and 8 too (else the county's 13 and 10 give them)
        assertThat(count(outcome.path("office").get(without))).isNull();
        assertThat(count(outcome.path("office").get(job))).isNull();
        assertThat(outcome.path("office").get(job).path("percent").isNull()).isTrue();
        assertThat(count(outcome.path("officeTotal"))).isEqualTo(8L);
        assertThat(count(outcome.path("county").get(job))).isEqualTo(13L);
        assertThat(count(outcome.path("county").get(without))).isEqualTo(10L);
        assertThat(outcome.path("county").get(without).path("percent").decimalValue())
                .isEqualByComparingTo("43.5");
        assertThat(count(outcome.path("countyTotal"))).isEqualTo(23L);
        assertThat(count(outcome.path("office").get(clarified))).as("an empty category is 0").isEqualTo(0L);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsAFieldError() {
        ApiClient.Response response = new ApiClient(port).get(leader,
                "/api/v1/statistics/office?from=2026-06-30&to=2026-01-01");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("to");
    }

    @Test
    void onlyTheOfficeLeaderReadsTheOfficesStatistics() {
        ApiClient api = new ApiClient(port);
        for (String user : List.of("veileder", "beslutter", "markedskontakt", "mentor", "arbeidsgiver", "kandidat",
                "personvernombud")) {
            assertThat(api.get(user, "/api/v1/statistics/office").status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void theCountyAndTheNationShowTheOfficesRowsAsTheOfficeLeaderSeesThem() {
        ApiClient api = new ApiClient(port);
        String county = jdbc.sql("select county from office where id = :id").param("id", officeA)
                .query(String.class).single();
        JsonNode office = table(api.get(leader, "/api/v1/statistics/office" + PERIOD).json(), "OUTCOME");

        ApiClient.Response countyPage = api.get("analytiker", "/api/v1/statistics/counties/"
                + java.net.URLEncoder.encode(county, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")
                + PERIOD);
        assertThat(countyPage.status()).as(countyPage.body()).isEqualTo(200);
        JsonNode rows = table(countyPage.json(), "OUTCOME").path("rows");
        assertThat(rows.size()).as("two offices, the county, the nation").isEqualTo(4);
        assertThat(rows.get(0).path("name").asString()).isEqualTo("NAV Prøve A");
        assertThat(rows.get(0).path("figures")).isEqualTo(office.path("office"));
        assertThat(rows.get(2).path("figures")).isEqualTo(office.path("county"));
        assertThat(rows.get(2).path("total")).isEqualTo(office.path("countyTotal"));
        assertThat(count(rows.get(0).path("total"))).isEqualTo(8L);

        JsonNode nation = table(api.get("analytiker", "/api/v1/statistics/nation" + PERIOD).json(), "OUTCOME");
        JsonNode countyRow = null;
        for (JsonNode row : nation.path("rows")) {
            if (county.equals(row.path("name").asString())) {
                countyRow = row;
            }
        }
        assertThat(countyRow).isNotNull();
        assertThat(countyRow.path("figures")).as("the nation shows the county as its own page does")
                .isEqualTo(rows.get(2).path("figures"));
        assertThat(nation.path("rows").get(nation.path("rows").size() - 1).path("name").isNull()).isTrue();
    }

    @Test
    void aCountysAnalystReadsHerCountyOnlyAndNoOneElseReadsTheNation() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("analytiker.vestland", "/api/v1/statistics/counties/Vestland").status()).isEqualTo(200);
        assertThat(api.get("analytiker.vestland", "/api/v1/statistics/counties/Oslo").status()).isEqualTo(403);
        assertThat(api.get("analytiker.vestland", "/api/v1/statistics/nation").status()).isEqualTo(403);
        assertThat(api.get("analytiker.vestland", "/api/v1/statistics/office").status()).isEqualTo(403);
        assertThat(api.get("analytiker", "/api/v1/statistics/counties/Atlantis").status()).isEqualTo(404);
        assertThat(api.get("kontorleder", "/api/v1/statistics/nation").status()).isEqualTo(403);
        assertThat(api.get("kontorleder", "/api/v1/statistics/counties/Oslo").status()).isEqualTo(403);
        assertThat(api.get("analytiker", "/api/v1/processes?size=1").status()).as("no case access").isEqualTo(403);
        ApiClient.Response wrong = api.get("analytiker", "/api/v1/statistics/nation?from=2026-06-30&to=2026-01-01");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.errorFields()).containsExactly("to");
    }

    @Test
    void theDownloadsHideWhatThePageHidesAndOpenAsASpreadsheet() throws Exception {
        ApiClient api = new ApiClient(port);
        java.net.http.HttpResponse<byte[]> xlsx = api.download(leader, "/statistics.xlsx" + PERIOD);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("statistikk-nav-prove-a-2026-01-01-2026-06-30.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.body()))) {
            org.apache.poi.ss.usermodel.Sheet outcome = book.getSheet("Utfall ved avslutning");
            assertThat(outcome).as("one sheet per table").isNotNull();
            assertThat(outcome.getRow(0).getCell(1).getStringCellValue()).isEqualTo("NAV Prøve A");
            org.apache.poi.ss.usermodel.Row without = null;
            for (org.apache.poi.ss.usermodel.Row row : outcome) {
                if ("Avsluttet uten jobb".equals(row.getCell(0).getStringCellValue())) {
                    without = row;
                }
            }
            assertThat(without).isNotNull();
            assertThat(without.getCell(1).getStringCellValue()).as("the office's 2 is hidden").isEqualTo("–");
            assertThat(without.getCell(2).getStringCellValue()).as("and so is its share").isEqualTo("–");
            assertThat(without.getCell(3).getNumericCellValue()).as("the county's 10").isEqualTo(10.0);
            assertThat(without.getCell(4).getNumericCellValue()).isEqualTo(43.5);
            assertThat(book.getSheet("Om tallene")).isNotNull();
        }

        java.net.http.HttpResponse<byte[]> csv = api.download(leader, "/statistics.csv" + PERIOD);
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFUtfall ved avslutning").contains("Avsluttet uten jobb;–;–;10;43,5")
                .doesNotContain(";2;");
        String county = jdbc.sql("select county from office where id = :id").param("id", officeA)
                .query(String.class).single();
        String encoded = java.net.URLEncoder.encode(county, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        java.net.http.HttpResponse<byte[]> countyCsv = api.download("analytiker",
                "/statistics/counties/" + encoded + "/tables.csv" + PERIOD);
        assertThat(countyCsv.statusCode()).isEqualTo(200);
        assertThat(new String(countyCsv.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("NAV Prøve A;–;–").contains("Hele landet");
        assertThat(api.download("analytiker.vestland", "/statistics/nation.xlsx").statusCode()).isEqualTo(403);
        assertThat(api.download("analytiker", "/statistics/nation.xlsx").statusCode()).isEqualTo(200);
    }

    private static JsonNode table(JsonNode dashboard, String breakdown) {
        for (JsonNode table : dashboard.path("tables")) {
            if (table.path("breakdown").asString().equals(breakdown)) {
                return table;
            }
        }
        throw new AssertionError("no table " + breakdown);
    }

    private static Long count(JsonNode figure) {
        return figure.path("count").isNull() ? null : figure.path("count").asLong();
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(node -> list.add(node.asString()));
        return list;
    }

    private String freeOfficeId() {
        for (int i = 9000; i < 10000; i++) {
            String id = String.valueOf(i);
            if (jdbc.sql("select count(*) from office where id = :id").param("id", id).query(Long.class)
                    .single() == 0) {
                return id;
            }
        }
        throw new IllegalStateException("no free office id");
    }

    private void ended(String office, String outcome, int processes) {
        for (int i = 0; i < processes; i++) {
            String nationalId = TestPeople.newNationalId();
            long candidate = jdbc.sql("""
                            insert into candidate (national_id, birth_date, first_name, last_name, office_id,
                                                   counsellor_id)
                            select :nationalId, :birthDate, 'Stat', 'Testesen', :office, id
                            from app_user where username = 'veileder'
                            returning id""")
                    .param("nationalId", nationalId).param("office", office)
                    .param("birthDate", NationalId.parse(nationalId).orElseThrow().birthDate())
                    .query(Long.class).single();
            jdbc.sql("""
                            insert into inclusion_process (candidate_id, counsellor_id, office_id, phase,
                                   phase_changed_at, open, start_date, end_date, outcome, outcome_note, created_at,
                                   updated_at)
                            select :candidate, id, :office, 'CLOSURE', now(), false, :start, :end, :outcome, 'x',
                                   now(), now()
                            from app_user where username = 'veileder'""")
                    .param("candidate", candidate).param("office", office).param("start", ENDED.minusMonths(8))
                    .param("end", ENDED).param("outcome", outcome).update();
        }
    }
}
