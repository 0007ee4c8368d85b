package no.treklover.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.treklover.identifiers.NationalId;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
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

    @Autowired
    StatisticsService statistics;

    private String leader;
    private String officeA;
    private String officeB;

    /** Processes made to look older than this test run; dated back to now afterwards (see {@link #undate}). */
    private final List<Long> backdated = new ArrayList<>();

    /**
     * The shared database must not keep a test's process created before the tests started: DemoDataLoadTest counts
     * those as the demo's own.
     */
    @AfterEach
    void undate() {
        if (!backdated.isEmpty()) {
            jdbc.sql("update inclusion_process set created_at = now() where id in (:ids)").param("ids", backdated)
                    .update();
        }
    }

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

    @Test
    void mentorUseCountsTheOfficesCounsellorsByHowManyOfTheirProcessesHadAMentor() {
        // office A: 5 counsellors without, 6 with one mentor process each, 1 whose mentor ended before the period;
        // office B: 7 with three each
        for (int i = 0; i < 5; i++) {
            counsellor(officeA);
        }
        for (int i = 0; i < 6; i++) {
            mentorProcesses(officeA, counsellor(officeA), 1);
        }
        for (int i = 0; i < 7; i++) {
            mentorProcesses(officeB, counsellor(officeB), 3);
        }
        long outside = counsellor(officeA);
        long before = process(officeA, outside, "CLOSURE", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 6, 30),
                "ORDINARY_JOB");
        jdbc.sql("insert into process_measure (process_id, type, start_date, end_date) values (:p, 'MENTOR', "
                + "'2025-01-06', '2025-06-30')").param("p", before).update();

        JsonNode mentorUse = table(new ApiClient(port).get(leader, "/api/v1/statistics/office" + PERIOD).json(),
                "MENTOR_USE");

        assertThat(texts(mentorUse.path("categories")))
                .containsExactly("NONE", "ONE_TO_TWO", "THREE_TO_FIVE", "SIX_OR_MORE");
        // the counsellor whose only mentor ended before the period counts as one without
        assertThat(counts(mentorUse.path("office"))).containsExactly(6L, 6L, 0L, 0L);
        assertThat(count(mentorUse.path("officeTotal"))).isEqualTo(12L);
        assertThat(counts(mentorUse.path("county"))).containsExactly(6L, 6L, 7L, 0L);
        assertThat(mentorUse.path("office").get(1).path("percent").decimalValue()).isEqualByComparingTo("50.0");
    }

    @Test
    void followUpComplianceCountsTheOpenProcessesByTheCaseloadsCadenceRule() {
        LocalDate today = LocalDate.now(no.treklover.platform.text.NorwegianFormat.OSLO);
        long counsellor = counsellor(officeA);
        // started a week ago: the first follow-up is due within a month, so kept; three months ago without a
        // held follow-up: overdue
        for (int i = 0; i < 5; i++) {
            process(officeA, counsellor, "FOLLOW_UP", today.minusWeeks(1), null, null);
        }
        for (int i = 0; i < 6; i++) {
            process(officeA, counsellor, "FOLLOW_UP", today.minusMonths(3), null, null);
        }
        for (int i = 0; i < 8; i++) {
            process(officeB, counsellor, "START_UP", today.minusDays(3), null, null);
        }

        JsonNode cadence = table(new ApiClient(port).get(leader, "/api/v1/statistics/office").json(),
                "FOLLOW_UP_CADENCE");

        assertThat(texts(cadence.path("categories"))).containsExactly("KEPT", "OVERDUE", "NOT_RECORDED");
        assertThat(counts(cadence.path("office"))).containsExactly(5L, 6L, 0L);
        assertThat(counts(cadence.path("county"))).containsExactly(13L, 6L, 0L);
    }

    @Test
    void aCountysPageListsItsOfficesButNotItsArbeidslivssenterAndDrawsTheCountyBesideTheNation() {
        ApiClient api = new ApiClient(port);
        JsonNode rows = table(api.get("analytiker", "/api/v1/statistics/counties/Oslo").json(), "OUTCOME")
                .path("rows");
        List<String> names = new ArrayList<>();
        rows.forEach(row -> names.add(row.path("name").isNull() ? null : row.path("name").asString()));
        assertThat(names).contains("NAV Grünerløkka", "Oslo").doesNotContain("NAV Arbeidslivssenter Oslo");

        String county = new String(api.download("analytiker", "/statistics/counties/Oslo").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(county).contains("id=\"chart-OUTCOME-title\"").contains("id=\"chart-MENTOR_USE-title\"")
                .contains("Oslo med hel farge, Hele landet med skravur");
        String nation = new String(api.download("analytiker", "/statistics/nation").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(nation).contains("id=\"chart-ATTACHMENT_AT_END-title\"")
                .contains("andelen i prosent for Hele landet");
    }

    @Test
    void timeInAPhaseIsTheMedianOfTheProcessesThatLeftItInThePeriodAndHiddenUnderFive() {
        long counsellor = counsellor(officeA);
        // office A left Oppfølging after 10, 20, 30, 40 and 50 days; office B after 60, 70 and 80
        for (int days : new int[] {10, 20, 30, 40, 50}) {
            followUpFor(process(officeA, counsellor, "CLOSURE", ENDED.minusMonths(8), ENDED, "ORDINARY_JOB"), days);
        }
        for (int days : new int[] {60, 70, 80}) {
            followUpFor(process(officeB, counsellor, "CLOSURE", ENDED.minusMonths(8), ENDED, "ORDINARY_JOB"), days);
        }
        ApiClient api = new ApiClient(port);

        JsonNode times = api.get(leader, "/api/v1/statistics/office" + PERIOD).json().path("phaseTimes");

        int followUp = texts(times.path("phases")).indexOf("FOLLOW_UP");
        assertThat(times.path("rows").get(0).path("medians").get(followUp).path("days").asLong()).isEqualTo(30L);
        assertThat(times.path("rows").get(1).path("medians").get(followUp).path("days").asLong())
                .as("the county's eight: between 40 and 50").isEqualTo(45L);
        assertThat(times.path("rows").get(0).path("medians").get(texts(times.path("phases")).indexOf("ASSESSMENT"))
                .path("days").isNull()).as("no process left Kartlegging here").isTrue();
        String county = jdbc.sql("select county from office where id = :id").param("id", officeA)
                .query(String.class).single();
        JsonNode rows = api.get("analytiker", "/api/v1/statistics/counties/"
                + java.net.URLEncoder.encode(county, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")
                + PERIOD).json().path("phaseTimes").path("rows");
        assertThat(rows.get(0).path("medians").get(followUp).path("days").asLong()).isEqualTo(30L);
        assertThat(rows.get(1).path("medians").get(followUp).path("days").isNull()).as("B's three are hidden").isTrue();
        assertThat(rows.get(2).path("medians").get(followUp).path("days").asLong()).isEqualTo(45L);
    }

    /** The process entered Oppfølging and left it for Avslutning the given days later, on the day it ended. */
    private void followUpFor(long process, int days) {
        java.time.OffsetDateTime left = ENDED.atTime(12, 0).atZone(no.treklover.platform.text.NorwegianFormat.OSLO)
                .toOffsetDateTime();
        String insert = "insert into process_event (process_id, occurred_at, type, from_phase, to_phase) "
                + "values (:p, :at, 'PHASE_FORWARD', :from, :to)";
        jdbc.sql(insert).param("p", process).param("at", left.minusDays(days)).param("from", "START_UP")
                .param("to", "FOLLOW_UP").update();
        jdbc.sql(insert).param("p", process).param("at", left).param("from", "FOLLOW_UP").param("to", "CLOSURE")
                .update();
    }

    @Test
    void employersContactedCountsTheProcessesThatStartedInThePeriodInBands() {
        long counsellor = counsellor(officeA);
        LocalDate started = LocalDate.of(2026, 2, 2);
        // office A: 6 with only the chosen one; 2 with two and 3 with three. Office B: 4 with four and 1 with nine,
        // 1 with ten and 6 with twelve, 5 not recorded. One that started before the period is not counted.
        int[][] officeAContacts = {{1, 6}, {2, 2}, {3, 3}};
        int[][] officeBContacts = {{4, 4}, {9, 1}, {10, 1}, {12, 6}};
        for (int[] contacts : officeAContacts) {
            startedWith(officeA, counsellor, started, contacts[0], contacts[1]);
        }
        for (int[] contacts : officeBContacts) {
            startedWith(officeB, counsellor, started, contacts[0], contacts[1]);
        }
        for (int i = 0; i < 5; i++) {
            process(officeB, counsellor, "FOLLOW_UP", started, null, null);
        }
        startedWith(officeA, counsellor, LocalDate.of(2025, 12, 31), 1, 1);

        JsonNode contacted = table(new ApiClient(port).get(leader, "/api/v1/statistics/office" + PERIOD).json(),
                "EMPLOYERS_CONTACTED");

        assertThat(texts(contacted.path("categories")))
                .containsExactly("ONE", "TWO_TO_THREE", "FOUR_TO_NINE", "TEN_OR_MORE", "NOT_RECORDED");
        assertThat(counts(contacted.path("office"))).containsExactly(6L, 5L, 0L, 0L, 0L);
        assertThat(count(contacted.path("officeTotal"))).isEqualTo(11L);
        assertThat(counts(contacted.path("county"))).containsExactly(6L, 5L, 5L, 7L, 5L);
        assertThat(count(contacted.path("countyTotal"))).isEqualTo(28L);
    }

    @Test
    void collaborationQualityCountsTheOpenProcessesByTheirContactFrequencyWithCandidateAndMentor() {
        long counsellor = counsellor(officeA);
        LocalDate today = LocalDate.now(no.treklover.platform.text.NorwegianFormat.OSLO);
        // office A: 5 with a candidate contact every week of the last 12 (weekly), 6 with one five weeks ago
        // (less often than monthly); office B: 7 with three in the last 12 weeks (monthly), each also with six
        // mentor contacts a week apart (6 × 28 = 2 × 84: 2-3 a month). No mentor contact in office A: never.
        // A closed process is not counted.
        List<Long> inA = new ArrayList<>();
        List<Long> inB = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            inA.add(contacts(process(officeA, counsellor, "FOLLOW_UP", today.minusDays(100), null, null), counsellor,
                    "CANDIDATE", 0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77));
        }
        for (int i = 0; i < 6; i++) {
            inA.add(contacts(process(officeA, counsellor, "START_UP", today.minusDays(100), null, null), counsellor,
                    "CANDIDATE", 35));
        }
        for (int i = 0; i < 7; i++) {
            long id = process(officeB, counsellor, "FOLLOW_UP", today.minusDays(100), null, null);
            inB.add(contacts(id, counsellor, "CANDIDATE", 10, 40, 70));
            contacts(id, counsellor, "MENTOR", 3, 10, 17, 24, 31, 38);
        }
        contacts(process(officeA, counsellor, "CLOSURE", today.minusDays(100), today.minusDays(1), "ORDINARY_JOB"),
                counsellor, "CANDIDATE", 2);

        // the bands, before suppression
        assertThat(statistics.rawCounts(Breakdown.COLLABORATION_CANDIDATE, inA).values())
                .containsExactly(5L, 0L, 0L, 6L, 0L);
        assertThat(statistics.rawCounts(Breakdown.COLLABORATION_CANDIDATE, inB).values())
                .containsExactly(0L, 0L, 7L, 0L, 0L);
        assertThat(statistics.rawCounts(Breakdown.COLLABORATION_MENTOR, inA).values())
                .containsExactly(0L, 0L, 0L, 0L, 11L);
        assertThat(statistics.rawCounts(Breakdown.COLLABORATION_MENTOR, inB).values())
                .containsExactly(0L, 7L, 0L, 0L, 0L);

        // published: today's figures share the county row with the demo's other counties, whose small cells may
        // hide some of this county's (tier one) and so of its offices; every figure shown is the hand count
        JsonNode office = new ApiClient(port).get(leader, "/api/v1/statistics/office").json();
        JsonNode candidate = table(office, "COLLABORATION_CANDIDATE");
        JsonNode mentor = table(office, "COLLABORATION_MENTOR");
        assertThat(texts(candidate.path("categories")))
                .containsExactly("WEEKLY", "TWO_TO_THREE_A_MONTH", "MONTHLY", "LESS_OFTEN", "NEVER");
        assertShownAre(candidate.path("office"), 5L, 0L, 0L, 6L, 0L);
        assertShownAre(candidate.path("county"), 5L, 0L, 7L, 6L, 0L);
        assertShownAre(mentor.path("office"), 0L, 0L, 0L, 0L, 11L);
        assertShownAre(mentor.path("county"), 0L, 7L, 0L, 0L, 11L);
        assertThat(count(candidate.path("countyTotal"))).isIn(18L, null);
    }

    /** Each figure is hidden or the expected count, and at least one is shown. */
    private static void assertShownAre(JsonNode figures, Long... expected) {
        List<Long> shown = counts(figures);
        assertThat(shown).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(shown.get(i)).as("figure " + i).isIn(expected[i], null);
        }
        assertThat(shown).as("something is shown").anyMatch(java.util.Objects::nonNull);
    }

    /** Contacts of the counsellor with the counterpart, the given numbers of days ago; the process began 100 ago. */
    private long contacts(long process, long counsellor, String counterpart, int... daysAgo) {
        jdbc.sql("update inclusion_process set created_at = now() - interval '100 days' where id = :id")
                .param("id", process).update();
        backdated.add(process);
        for (int days : daysAgo) {
            jdbc.sql("""
                            insert into contact_entry (process_id, counterpart, form, initiator, occurred_at,
                                                       author_id, created_at, updated_at)
                            values (:process, :counterpart, 'PHONE', 'COUNSELLOR', now() - make_interval(days => :days),
                                    :author, now(), now())""")
                    .param("process", process).param("counterpart", counterpart).param("days", days)
                    .param("author", counsellor).update();
        }
        return process;
    }

    @Test
    void theNeedsBoardCountsEachProcessesLatestNeedThatLeftTheBoardByWhereItWasResolved() {
        long counsellor = counsellor(officeA);
        java.time.OffsetDateTime march = java.time.OffsetDateTime.parse("2026-03-01T12:00:00+01:00");
        // office A: 6 matched at the local meeting, 5 after escalation to the Arbeidslivssenter, and one closed in
        // February then matched locally in April (its latest counts); office B: 7 closed without a match and one
        // matched before the period
        for (int i = 0; i < 6; i++) {
            need(officeA, counsellor, "MATCHED", false, march);
        }
        for (int i = 0; i < 5; i++) {
            need(officeA, counsellor, "MATCHED", true, march);
        }
        long twice = need(officeA, counsellor, "CLOSED", false, march.minusMonths(1));
        need(twice, officeA, counsellor, "MATCHED", false, march.plusMonths(1));
        for (int i = 0; i < 7; i++) {
            need(officeB, counsellor, "CLOSED", true, march);
        }
        need(officeB, counsellor, "MATCHED", false, march.minusMonths(3));

        JsonNode needs = table(new ApiClient(port).get(leader, "/api/v1/statistics/office" + PERIOD).json(),
                "NEEDS_BOARD");

        assertThat(texts(needs.path("categories"))).containsExactly("MATCHED_LOCALLY", "MATCHED_ESCALATED", "CLOSED");
        assertThat(counts(needs.path("office"))).containsExactly(7L, 5L, 0L);
        assertThat(counts(needs.path("county"))).containsExactly(7L, 5L, 7L);
    }

    @Test
    void eventResultsCountEachBookedCandidateOnceByHerBestResult() {
        long counsellor = counsellor(officeA);
        long event = jdbc.sql("""
                        insert into event (type, title, starts_at, ends_at, venue, organiser_office_id, state,
                                           created_by, created_at)
                        values ('JOB_FAIR', 'Ta sjansen', '2026-03-10T09:00:00+01:00', '2026-03-10T15:00:00+01:00',
                                'Rådhuset', :office, 'HELD', :by, now()) returning id""")
                .param("office", officeA).param("by", counsellor).query(Long.class).single();
        List<Long> employers = jdbc.sql("select id from employer order by id limit 2").query(Long.class).list();
        long first = eventEmployer(event, employers.get(0), counsellor);
        long second = eventEmployer(event, employers.get(1), counsellor);
        // office A: 5 started; 6 met the first employer without an offer and got one from the second (an offer).
        // Office B: 5 did not come, 5 not yet recorded, and one whose booking was cancelled.
        for (int i = 0; i < 5; i++) {
            booking(first, process(officeA, counsellor, "FOLLOW_UP", ENDED, null, null), counsellor, "MET", "JOB",
                    true, false);
        }
        for (int i = 0; i < 6; i++) {
            long process = process(officeA, counsellor, "FOLLOW_UP", ENDED, null, null);
            booking(first, process, counsellor, "MET", "NO", false, false);
            booking(second, process, counsellor, "MET", "ARBEIDSTRENING", false, false);
        }
        for (int i = 0; i < 5; i++) {
            booking(first, process(officeB, counsellor, "FOLLOW_UP", ENDED, null, null), counsellor, "NO_SHOW",
                    null, false, false);
            booking(second, process(officeB, counsellor, "FOLLOW_UP", ENDED, null, null), counsellor, null, null,
                    false, false);
        }
        booking(second, process(officeB, counsellor, "FOLLOW_UP", ENDED, null, null), counsellor, null, null,
                false, true);

        JsonNode results = table(new ApiClient(port).get(leader, "/api/v1/statistics/office" + PERIOD).json(),
                "EVENT_RESULTS");

        assertThat(texts(results.path("categories")))
                .containsExactly("STARTED", "OFFER", "MET_NO_OFFER", "NO_SHOW", "NOT_RECORDED");
        assertThat(counts(results.path("office"))).containsExactly(5L, 6L, 0L, 0L, 0L);
        assertThat(counts(results.path("county"))).containsExactly(5L, 6L, 0L, 5L, 5L);
    }

    private long eventEmployer(long event, long employer, long by) {
        return jdbc.sql("""
                        insert into event_employer (event_id, employer_id, added_by, added_at)
                        values (:event, :employer, :by, now()) returning id""")
                .param("event", event).param("employer", employer).param("by", by).query(Long.class).single();
    }

    /** A booking in a slot of its own at the event's employer, with what was recorded at the interview. */
    private void booking(long eventEmployer, long process, long by, String attendance, String decision,
            boolean accepted, boolean cancelled) {
        long slot = jdbc.sql("""
                        insert into event_slot (event_employer_id, starts_at, ends_at)
                        values (:employer, '2026-03-10T09:00:00+01:00'::timestamptz + make_interval(mins => :n),
                                '2026-03-10T09:10:00+01:00'::timestamptz + make_interval(mins => :n))
                        returning id""")
                .param("employer", eventEmployer).param("n", (int) (process % 100_000)).query(Long.class).single();
        jdbc.sql("""
                        insert into event_booking (event_id, event_employer_id, slot_id, process_id, candidate_id,
                                                   booked_by, booked_at, attendance, decision, offer_accepted_at,
                                                   cancelled_at)
                        select e.event_id, e.id, :slot, p.id, p.candidate_id, :by, now(), :attendance, :decision,
                               case when :accepted then now() end, case when :cancelled then now() end
                        from event_employer e, inclusion_process p where e.id = :employer and p.id = :process""")
                .param("slot", slot).param("by", by).param("attendance", attendance).param("decision", decision)
                .param("accepted", accepted).param("cancelled", cancelled).param("employer", eventEmployer)
                .param("process", process).update();
    }

    private long need(String office, long counsellor, String state, boolean escalated,
            java.time.OffsetDateTime left) {
        return need(process(office, counsellor, "FOLLOW_UP", ENDED, null, null), office, counsellor, state, escalated,
                left);
    }

    /** A need of the process that left the board (matched or closed) at the time; returns the process. */
    private long need(long process, String office, long counsellor, String state, boolean escalated,
            java.time.OffsetDateTime left) {
        jdbc.sql("""
                        insert into need (process_id, office_id, county, counsellor_id, level, state, title,
                                          municipality, close_reason, posted_at, state_changed_at, last_action_at,
                                          escalated_at, matched_at)
                        select :process, o.id, o.county, :counsellor, :level, :state, 'Lager', 'Oslo',
                               case when :state = 'CLOSED' then 'NO_MATCH' end, :left - interval '30 days', :left,
                               :left, case when :escalated then :left - interval '10 days' end,
                               case when :state = 'MATCHED' then :left end
                        from office o where o.id = :office""")
                .param("process", process).param("counsellor", counsellor)
                .param("level", escalated ? "WORKLIFE_CENTRE" : "LOCAL").param("state", state)
                .param("left", left).param("escalated", escalated).param("office", office).update();
        return process;
    }

    /** Open processes that started on the day, each with the number of employers contacted. */
    private void startedWith(String office, long counsellor, LocalDate start, int employersContacted,
            int processes) {
        for (int i = 0; i < processes; i++) {
            long id = process(office, counsellor, "FOLLOW_UP", start, null, null);
            jdbc.sql("update inclusion_process set employers_contacted = :n where id = :id")
                    .param("n", employersContacted).param("id", id).update();
        }
    }

    @Test
    void everyTableShowsTheDemoOfficeAndItsCountyAlikeOnTheOfficesTheCountysAndTheNationsPage() {
        ApiClient api = new ApiClient(port);
        JsonNode officeView = api.get("kontorleder", "/api/v1/statistics/office").json();
        JsonNode countyView = api.get("analytiker", "/api/v1/statistics/counties/Oslo").json();
        JsonNode nationView = api.get("analytiker", "/api/v1/statistics/nation").json();
        for (Breakdown breakdown : Breakdown.values()) {
            JsonNode office = table(officeView, breakdown.name());
            JsonNode countyRows = table(countyView, breakdown.name()).path("rows");
            assertThat(named(countyRows, "NAV Grünerløkka").path("figures")).as(breakdown.name())
                    .isEqualTo(office.path("office"));
            assertThat(named(countyRows, "Oslo").path("figures")).as(breakdown.name())
                    .isEqualTo(office.path("county"));
            assertThat(named(table(nationView, breakdown.name()).path("rows"), "Oslo").path("figures"))
                    .as(breakdown.name()).isEqualTo(office.path("county"));
        }
    }

    private static JsonNode named(JsonNode rows, String name) {
        for (JsonNode row : rows) {
            if (name.equals(row.path("name").asString())) {
                return row;
            }
        }
        throw new AssertionError("no row " + name);
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

    private static List<Long> counts(JsonNode figures) {
        List<Long> list = new ArrayList<>();
        figures.forEach(figure -> list.add(count(figure)));
        return list;
    }

    /** A new counsellor at the office. */
    private long counsellor(String office) {
        return jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, office_id)
                        values (:username, 'x', 'Prøve Veileder', 'COUNSELLOR', :office) returning id""")
                .param("username", "veileder-" + office + "-" + System.nanoTime()).param("office", office)
                .query(Long.class).single();
    }

    /** Closed processes of the counsellor in the period, each with the mentor grant. */
    private void mentorProcesses(String office, long counsellor, int processes) {
        for (int i = 0; i < processes; i++) {
            long id = process(office, counsellor, "CLOSURE", ENDED.minusMonths(8), ENDED, "ORDINARY_JOB");
            jdbc.sql("insert into process_measure (process_id, type, start_date, end_date) "
                    + "values (:p, 'MENTOR', :start, :end)").param("p", id).param("start", ENDED.minusMonths(8))
                    .param("end", ENDED).update();
        }
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
        long counsellor = jdbc.sql("select id from app_user where username = 'veileder'").query(Long.class).single();
        for (int i = 0; i < processes; i++) {
            process(office, counsellor, "CLOSURE", ENDED.minusMonths(8), ENDED, outcome);
        }
    }

    /** A process of its own candidate at the office, owned by the counsellor; closed when it has an end. */
    private long process(String office, long counsellor, String phase, LocalDate start, LocalDate end,
            String outcome) {
        String nationalId = TestPeople.newNationalId();
        long candidate = jdbc.sql("""
                        insert into candidate (national_id, birth_date, first_name, last_name, office_id,
                                               counsellor_id)
                        values (:nationalId, :birthDate, 'Stat', 'Testesen', :office, :counsellor)
                        returning id""")
                .param("nationalId", nationalId).param("office", office).param("counsellor", counsellor)
                .param("birthDate", NationalId.parse(nationalId).orElseThrow().birthDate())
                .query(Long.class).single();
        return jdbc.sql("""
                        insert into inclusion_process (candidate_id, counsellor_id, office_id, phase,
                               phase_changed_at, open, start_date, end_date, outcome, outcome_note, created_at,
                               updated_at)
                        values (:candidate, :counsellor, :office, :phase, now(), :open, :start, :end, :outcome,
                                'x', now(), now())
                        returning id""")
                .param("candidate", candidate).param("counsellor", counsellor).param("office", office)
                .param("phase", phase).param("open", end == null).param("start", start).param("end", end)
                .param("outcome", outcome).query(Long.class).single();
    }
}
