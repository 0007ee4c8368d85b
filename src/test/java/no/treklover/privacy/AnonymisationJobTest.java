package no.treklover.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;

/**
 * Retention: candidates whose processes all ended more than five years ago are anonymised, nobody else, and the
 * statistics do not change. Runs in a context of its own (own database, clock pinned to a night in November 2026,
 * small batches) because anonymising changes demo data other tests rely on.
 */
@IntegrationTest
@TestPropertySource(properties = {"treklover.privacy.retention=P5Y", "treklover.privacy.anonymisation-batch-size=7"})
class AnonymisationJobTest {

    /** 02:30 in Oslo, when the job runs. */
    private static final Instant NOW = Instant.parse("2026-11-24T01:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @TestBean(name = "clock", methodName = "pinnedClock")
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    AnonymisationJob job;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PasswordEncoder passwords;

    RetentionCases cases;
    ApiClient api;

    static Clock pinnedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @BeforeEach
    void setUp() {
        cases = new RetentionCases(jdbc, passwords.encode("demo"));
        api = new ApiClient(port);
    }

    private static Instant daysAgo(int days) {
        return TODAY.minusDays(days).atTime(10, 0).atZone(OSLO).toInstant();
    }

    private long endedYearsAgo(int years) {
        long candidate = cases.candidate();
        LocalDate end = TODAY.minusYears(years);
        cases.closedProcess(candidate, "CLOSURE", end, end.atTime(14, 0).atZone(OSLO).toInstant());
        return candidate;
    }

    @Test
    void onlyCandidatesWhoseProcessesAllEndedMoreThanTheRetentionAgoAreAnonymisedAndStatisticsStayTheSame() {
        long sixYearsAgo = endedYearsAgo(6);
        long withoutEndDate = cases.candidate();
        cases.closedProcess(withoutEndDate, "POST_CHECK", null, daysAgo(6 * 366));
        long oneYearAgo = endedYearsAgo(1);
        long stillOpen = endedYearsAgo(8);
        cases.openProcess(stillOpen, daysAgo(30));
        long justInside = endedYearsAgo(0);
        jdbc.sql("update inclusion_process set end_date = :end where candidate_id = :id")
                .param("end", TODAY.minusYears(5).plusDays(1)).param("id", justInside).update();
        long exactlyFiveYears = endedYearsAgo(5);
        assertThat(api.get("ret-" + sixYearsAgo, "/api/v1/me").status()).isEqualTo(200);
        List<String> statisticsBefore = statistics();

        AnonymisationResult first = job.anonymiseDue(NOW);

        assertThat(first.skipped()).isFalse();
        assertThat(first.candidates()).isGreaterThanOrEqualTo(3);
        assertThat(statistics()).isEqualTo(statisticsBefore);
        for (long anonymised : List.of(sixYearsAgo, withoutEndDate, exactlyFiveYears)) {
            assertAnonymised(anonymised);
        }
        for (long kept : List.of(oneYearAgo, stillOpen, justInside)) {
            assertUntouched(kept);
        }
        assertThat(api.get("ret-" + sixYearsAgo, "/api/v1/me").status()).isEqualTo(401);

        List<String> logBefore = anonymisationLog();
        AnonymisationResult second = job.anonymiseDue(NOW);
        assertThat(second.candidates()).isZero();
        assertThat(anonymisationLog()).isEqualTo(logBefore);
        assertThat(statistics()).isEqualTo(statisticsBefore);
    }

    @Test
    void theNightlyRunTakesTodayFromTheClock() {
        long due = endedYearsAgo(7);

        job.nightly();

        assertAnonymised(due);
    }

    @Test
    void aRunWhileAnotherNodeHoldsTheLockDoesNothing() throws Exception {
        long due = endedYearsAgo(6);
        ExecutorService otherNode = Executors.newSingleThreadExecutor();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        try {
            Future<?> holder = otherNode.submit(() -> {
                try (Connection connection = dataSource.getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.execute("select pg_advisory_lock(" + AnonymisationJob.LOCK_KEY + ")");
                    locked.countDown();
                    done.await(30, TimeUnit.SECONDS);
                    statement.execute("select pg_advisory_unlock(" + AnonymisationJob.LOCK_KEY + ")");
                }
                return null;
            });
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

            AnonymisationResult whileLocked = job.anonymiseDue(NOW);

            assertThat(whileLocked.skipped()).isTrue();
            assertThat(whileLocked.candidates()).isZero();
            assertUntouched(due);
            done.countDown();
            holder.get(30, TimeUnit.SECONDS);
        } finally {
            done.countDown();
            otherNode.shutdown();
        }
        assertThat(job.anonymiseDue(NOW).skipped()).isFalse();
        assertAnonymised(due);
    }

    @Test
    void manyDueCandidatesAreWorkedThroughInBatches() {
        List<Long> due = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            due.add(endedYearsAgo(6 + i % 3));
        }

        AnonymisationResult result = job.anonymiseDue(NOW);

        assertThat(result.batches()).isGreaterThanOrEqualTo(3);
        due.forEach(this::assertAnonymised);
    }

    @Test
    void theAppShowsAnAnonymisedCandidateWithoutFailing() {
        long candidate = endedYearsAgo(6);
        long process = jdbc.sql("select id from inclusion_process where candidate_id = :id")
                .param("id", candidate).query(Long.class).single();
        job.anonymiseDue(NOW);

        Map<String, String> html = Map.of("Accept", "text/html");
        ApiClient.Response page = api.send("veileder", "GET", "/processes/" + process, null, null, html);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Anonymisert kandidat").doesNotContain("Ørnulfsen");
        assertThat(api.send("veileder", "GET", "/candidates/" + candidate + "/edit?process=" + process, null, null,
                html).status()).isEqualTo(200);
        assertThat(api.send("veileder", "GET", "/caseload?scope=OFFICE&status=ALL&search=anonymisert", null, null,
                html).status()).isEqualTo(200);

        JsonNode view = api.get("veileder", "/api/v1/candidates/" + candidate).json();
        assertThat(view.path("nationalId").isNull()).isTrue();
        assertThat(view.path("birthDate").isNull()).isTrue();
        assertThat(api.get("veileder", "/api/v1/processes/" + process).status()).isEqualTo(200);
        JsonNode caseload = api.get("veileder", "/api/v1/processes?scope=OFFICE&status=ALL&search=anonymisert&size=200")
                .json();
        assertThat(caseload.path("items").toString()).contains("Anonymisert kandidat");

        JsonNode export = api.get("veileder", "/api/v1/candidates/" + candidate + "/export").json();
        assertThat(export.path("candidate").path("nationalId").isNull()).isTrue();
        assertThat(export.path("candidate").path("birthYear").asInt()).isBetween(1900, 2026);
        assertThat(export.path("candidate").path("anonymisedAt").asString()).isEqualTo(NOW.toString());
        byte[] pdf = new Downloads(port).get("veileder", "/api/v1/candidates/" + candidate + "/export.pdf",
                "application/pdf").body();
        assertThat(Downloads.pdfText(pdf)).contains("Anonymisert", "Kartlegging").doesNotContain("Ørnulfsen");
    }

    @Test
    void aCandidateRegisteredLongerAgoThanTheRetentionWithoutAProcessIsAnonymised() {
        long registeredLongAgo = cases.candidate();
        registeredOn(registeredLongAgo, TODAY.minusYears(5));
        long registeredRecently = cases.candidate();
        registeredOn(registeredRecently, TODAY.minusYears(5).plusDays(1));
        long withOpenProcess = cases.candidate();
        registeredOn(withOpenProcess, TODAY.minusYears(8));
        cases.openProcess(withOpenProcess, daysAgo(30));
        assertThat(api.get("ret-" + registeredLongAgo, "/api/v1/me").status()).isEqualTo(200);

        job.anonymiseDue(NOW);

        Map<String, Object> c = jdbc.sql("select * from candidate where id = :id").param("id", registeredLongAgo)
                .query().singleRow();
        assertThat(c.get("national_id")).isNull();
        assertThat(c.get("birth_date")).isNull();
        assertThat(c.get("first_name")).isEqualTo("Anonymisert");
        for (String column : List.of("phone", "email", "wishes", "interests", "strengths", "experience",
                "education", "adaptation_needs")) {
            assertThat(c.get(column)).as(column).isNull();
        }
        assertThat(c.get("anonymised_at")).isNotNull();
        Map<String, Object> account = jdbc.sql("select * from app_user where candidate_id = :id")
                .param("id", registeredLongAgo).query().singleRow();
        assertThat(account.get("enabled")).isEqualTo(false);
        assertThat(account.get("password_hash")).isNull();
        assertThat(account.get("username")).isEqualTo("anonymisert-" + account.get("id"));
        assertThat(account.get("phone")).isNull();
        assertThat(api.get("ret-" + registeredLongAgo, "/api/v1/me").status()).isEqualTo(401);
        assertThat(jdbc.sql("select process_count from anonymisation_log where candidate_id = :id")
                .param("id", registeredLongAgo).query(Integer.class).list()).containsExactly(0);

        assertUntouched(registeredRecently);
        assertUntouched(withOpenProcess);
    }

    @Test
    void consentCodesInTheTimelineAreKeptAndNotificationsToHerAccountLoseTheirTexts() {
        long candidate = endedYearsAgo(6);
        long process = jdbc.sql("select id from inclusion_process where candidate_id = :id")
                .param("id", candidate).query(Long.class).single();
        for (String[] consent : List.of(new String[] {"CONSENT_GRANTED", "ADAPTATION_NEEDS:MENTOR"},
                new String[] {"CONSENT_WITHDRAWN", "ADAPTATION_NEEDS:MENTOR"})) {
            jdbc.sql("""
                            insert into process_event (process_id, occurred_at, actor_id, type, comment)
                            select :process, :at, id, :type, :comment from app_user where username = 'veileder'""")
                    .param("process", process).param("at", daysAgo(7 * 365).atOffset(ZoneOffset.UTC))
                    .param("type", consent[0]).param("comment", consent[1]).update();
        }
        jdbc.sql("""
                        insert into notification (recipient_id, message_key, arguments, process_id, created_at)
                        select id, 'meeting.notification.reminder.DAY_BEFORE', array['Åse Ørnulfsens møte', 'kl. 10'],
                               null, :at
                        from app_user where candidate_id = :id""")
                .param("id", candidate).param("at", daysAgo(7 * 365).atOffset(ZoneOffset.UTC)).update();

        job.anonymiseDue(NOW);

        assertThat(jdbc.sql("""
                        select e.type || ':' || coalesce(e.comment, '-') from process_event e
                        where e.process_id = :process order by e.occurred_at, e.id""")
                .param("process", process).query(String.class).list())
                .contains("CONSENT_GRANTED:ADAPTATION_NEEDS:MENTOR", "CONSENT_WITHDRAWN:ADAPTATION_NEEDS:MENTOR",
                        "CREATED:-", "PHASE_FORWARD:-");
        assertThat(jdbc.sql("""
                        select cardinality(n.arguments) from notification n
                        join app_user u on u.id = n.recipient_id where u.candidate_id = :id""")
                .param("id", candidate).query(Integer.class).list()).containsExactly(0);
    }

    private void registeredOn(long candidate, LocalDate day) {
        jdbc.sql("update candidate set created_at = :at, updated_at = :at where id = :id")
                .param("at", day.atTime(12, 0).atZone(OSLO).toOffsetDateTime()).param("id", candidate).update();
    }

    private void assertAnonymised(long candidate) {
        Map<String, Object> c = jdbc.sql("select * from candidate where id = :id").param("id", candidate)
                .query().singleRow();
        assertThat(c.get("national_id")).isNull();
        assertThat(c.get("birth_date")).isNull();
        assertThat(((Number) c.get("birth_year")).intValue()).isBetween(1900, 2026);
        assertThat(c.get("first_name")).isEqualTo("Anonymisert");
        assertThat(c.get("last_name")).isEqualTo("kandidat");
        for (String column : List.of("phone", "email", "wishes", "interests", "strengths", "experience",
                "education", "adaptation_needs")) {
            assertThat(c.get(column)).as(column).isNull();
        }
        assertThat(c.get("anonymised_at")).isNotNull();
        assertThat(c.get("office_id")).isEqualTo("0315");
        assertThat(c.get("effort_group")).isEqualTo("SPESIELT_TILPASSET_INNSATS");

        for (Map<String, Object> p : jdbc.sql("select * from inclusion_process where candidate_id = :id")
                .param("id", candidate).query().listOfRows()) {
            for (String column : List.of("mentor_name", "mentor_phone", "mentor_email", "mentor_role", "goals",
                    "outcome_note", "next_action")) {
                assertThat(p.get(column)).as(column).isNull();
            }
            assertThat(p.get("outcome")).isEqualTo("ORDINARY_JOB");
            assertThat(p.get("follow_up_status")).isEqualTo("STILL_EMPLOYED");
            assertThat(p.get("attachment_at_start")).isEqualTo("WORK_TRAINING");
            assertThat(p.get("initiative")).isEqualTo("EMPLOYER");
            assertThat(p.get("employer_id")).isNotNull();
            assertThat(p.get("start_date")).isNotNull();
        }
        assertThat(jdbc.sql("""
                        select e.type || ':' || coalesce(e.comment, '-') from process_event e
                        join inclusion_process p on p.id = e.process_id
                        where p.candidate_id = :id order by e.occurred_at""")
                .param("id", candidate).query(String.class).list())
                .containsExactly("CREATED:-", "DETAILS_UPDATED:goals,mentorName", "MEASURE_ADDED:MENTOR",
                        "PHASE_FORWARD:-");

        Map<String, Object> account = jdbc.sql("select * from app_user where candidate_id = :id")
                .param("id", candidate).query().singleRow();
        assertThat(account.get("enabled")).isEqualTo(false);
        assertThat(account.get("password_hash")).isNull();
        assertThat(account.get("username")).isEqualTo("anonymisert-" + account.get("id"));
        assertThat(account.get("display_name")).isEqualTo("Anonymisert kandidat");
        assertThat(account.get("email")).isNull();

        assertThat(jdbc.sql("select process_count from anonymisation_log where candidate_id = :id")
                .param("id", candidate).query(Integer.class).list()).containsExactly(1);
    }

    private void assertUntouched(long candidate) {
        Map<String, Object> c = jdbc.sql("select * from candidate where id = :id").param("id", candidate)
                .query().singleRow();
        assertThat(c.get("national_id")).isNotNull();
        assertThat(c.get("first_name")).isEqualTo("Åse");
        assertThat(c.get("anonymised_at")).isNull();
        assertThat(jdbc.sql("select count(*) from inclusion_process where candidate_id = :id and goals is null")
                .param("id", candidate).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select enabled from app_user where candidate_id = :id").param("id", candidate)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from anonymisation_log where candidate_id = :id").param("id", candidate)
                .query(Integer.class).single()).isZero();
    }

    /** What the office statistics count: processes by phase and outcome, measures, events and candidates. */
    private List<String> statistics() {
        return jdbc.sql("""
                select 'process|' || concat_ws('|', office_id, phase, outcome, follow_up_status, attachment_at_start,
                           initiative, counsellor_knew_employer, employer_id, count(*), min(start_date), max(end_date),
                           min(phase_changed_at), max(phase_changed_at), min(created_at))
                from inclusion_process
                group by office_id, phase, outcome, follow_up_status, attachment_at_start, initiative,
                         counsellor_knew_employer, employer_id
                union all
                select 'measure|' || concat_ws('|', p.office_id, m.type, count(*), min(m.start_date), max(m.end_date))
                from process_measure m join inclusion_process p on p.id = m.process_id
                group by p.office_id, m.type
                union all
                select 'event|' || concat_ws('|', p.office_id, e.type, e.from_phase, e.to_phase, count(*),
                           min(e.occurred_at), max(e.occurred_at))
                from process_event e join inclusion_process p on p.id = e.process_id
                group by p.office_id, e.type, e.from_phase, e.to_phase
                union all
                select 'candidate|' || concat_ws('|', office_id, effort_group, counsellor_id, count(*))
                from candidate group by office_id, effort_group, counsellor_id
                order by 1""").query(String.class).list();
    }

    private List<String> anonymisationLog() {
        return jdbc.sql("select concat_ws('|', id, anonymised_at, candidate_id, process_count) from anonymisation_log "
                + "order by id").query(String.class).list();
    }
}
