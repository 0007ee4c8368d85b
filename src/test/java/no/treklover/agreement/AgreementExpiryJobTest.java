package no.treklover.agreement;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;

/**
 * Automatic expiry (BRIEF §4): warnings a week and a day before, once each, then annulment as UTLOPT by the system;
 * an edit restarts the clock; concluded and annulled agreements are left alone; a second node skips. Runs in a
 * context of its own with the clock pinned, since the job changes every due agreement in its database.
 */
@IntegrationTest
class AgreementExpiryJobTest {

    /** A Tuesday morning in Oslo. */
    private static final Instant NOW = Instant.parse("2026-11-24T09:15:00Z");

    @TestBean(name = "clock", methodName = "pinnedClock")
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    AgreementExpiryJob job;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PasswordEncoder passwords;

    ApiClient http;
    AgreementFixtures fixtures;

    static Clock pinnedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        fixtures = new AgreementFixtures(http, jdbc, passwords);
    }

    private static ZonedDateTime oslo(Instant instant) {
        return instant.atZone(ExpiryRule.OSLO);
    }

    private record Created(long id, long processId) {
    }

    /** A fresh, never-concluded agreement, last touched at the given time. */
    private Created touchedAt(Instant lastTouched) {
        long process = fixtures.partnerCase().processId();
        long id = fixtures.newAgreement(process);
        jdbc.sql("update mentor_agreement set last_touched_at = :t where id = :id")
                .param("t", Timestamp.from(lastTouched)).param("id", id).update();
        return new Created(id, process);
    }

    /** The agreement's timeline entries from the job (no actor), as type:comment. */
    private List<String> systemEntries(Created agreement) {
        return jdbc.sql("""
                        select type || ':' || comment from process_event
                        where process_id = :p and actor_id is null and type like 'AGREEMENT_%' order by id""")
                .param("p", agreement.processId()).query(String.class).list();
    }

    private Map<String, Object> row(Created agreement) {
        return jdbc.sql("select * from mentor_agreement where id = :id").param("id", agreement.id()).query()
                .singleRow();
    }

    @Test
    void anAgreementTouchedElevenWeeksAgoGetsOneWeekWarningEvenWhenTheJobRunsTwice() {
        Created agreement = touchedAt(oslo(NOW).minusWeeks(11).minusHours(1).toInstant());
        Created notYet = touchedAt(oslo(NOW).minusWeeks(11).plusMinutes(1).toInstant());

        AgreementExpiryResult first = job.run(NOW);
        assertThat(systemEntries(notYet)).isEmpty();
        AgreementExpiryResult second = job.run(NOW.plusSeconds(30));

        assertThat(first.skipped()).isFalse();
        assertThat(first.weekWarnings()).isGreaterThanOrEqualTo(1);
        assertThat(systemEntries(agreement)).containsExactly(
                "AGREEMENT_EXPIRY_WARNING:agreement:" + agreement.id() + ":WEEK");
        assertThat(second.skipped()).isFalse();
        Map<String, Object> row = row(agreement);
        assertThat(row.get("expiry_warned_week_at")).isNotNull();
        assertThat(row.get("expiry_warned_day_at")).isNull();
        assertThat(row.get("annulled_at")).isNull();
        assertThat(((Number) row.get("version")).longValue()).isZero();
        JsonNode view = http.get("veileder", "/api/v1/agreements/" + agreement.id()).json();
        assertThat(view.path("status").asString()).isEqualTo("PABEGYNT");
        assertThat(view.path("version").asLong()).isZero();
    }

    @Test
    void twelveWeeksLessADayBringsTheDayWarningOnceAfterTheWeekWarning() {
        Created agreement = touchedAt(oslo(NOW).minusWeeks(12).plusDays(1).toInstant());

        job.run(oslo(NOW).minusDays(6).toInstant());
        job.run(NOW);
        job.run(NOW.plusSeconds(3600));

        assertThat(systemEntries(agreement)).containsExactly(
                "AGREEMENT_EXPIRY_WARNING:agreement:" + agreement.id() + ":WEEK",
                "AGREEMENT_EXPIRY_WARNING:agreement:" + agreement.id() + ":DAY");
        assertThat(row(agreement).get("annulled_at")).isNull();
    }

    @Test
    void aRunThatMissedTheWeekWarningSendsOnlyTheDayWarning() {
        Created agreement = touchedAt(oslo(NOW).minusWeeks(12).plusHours(2).toInstant());

        job.run(NOW);

        assertThat(systemEntries(agreement)).containsExactly(
                "AGREEMENT_EXPIRY_WARNING:agreement:" + agreement.id() + ":DAY");
    }

    @Test
    void twelveWeeksAndAMinuteUntouchedIsAnnulledAsUtloptBySystem() {
        Created agreement = touchedAt(oslo(NOW).minusWeeks(12).minusMinutes(1).toInstant());

        AgreementExpiryResult result = job.run(NOW);

        assertThat(result.annulled()).isGreaterThanOrEqualTo(1);
        JsonNode view = http.get("veileder", "/api/v1/agreements/" + agreement.id()).json();
        assertThat(view.path("status").asString()).isEqualTo("ANNULLERT");
        assertThat(view.path("statusText").asString()).isEqualTo("Annullert");
        assertThat(view.path("annulmentReason").asString()).isEqualTo("UTLOPT");
        assertThat(view.path("version").asLong()).isEqualTo(1);
        assertThat(Instant.parse(view.path("annulledAt").asString())).isEqualTo(NOW);
        assertThat(systemEntries(agreement)).containsExactly(
                "AGREEMENT_ANNULLED:agreement:" + agreement.id() + ":UTLOPT");

        job.run(NOW.plusSeconds(3600));
        assertThat(systemEntries(agreement)).hasSize(1);
        assertThat(http.put("veileder", "/api/v1/agreements/" + agreement.id(), object("tasks", "Bake"), "\"1\"")
                .status()).isEqualTo(409);
    }

    @Test
    void concludedAndAnnulledAgreementsAreLeftAlone() {
        Instant longAgo = oslo(NOW).minusWeeks(20).toInstant();
        Created concluded = touchedAt(longAgo);
        jdbc.sql("update mentor_agreement set concluded_at = :t where id = :id")
                .param("t", Timestamp.from(longAgo)).param("id", concluded.id()).update();
        Created annulled = touchedAt(longAgo);
        assertThat(http.post("veileder", "/api/v1/agreements/" + annulled.id() + "/annulment",
                object("reason", "SYK"), "\"0\"").status()).isEqualTo(200);
        jdbc.sql("update mentor_agreement set last_touched_at = :t where id = :id")
                .param("t", Timestamp.from(longAgo)).param("id", annulled.id()).update();
        Map<String, Object> concludedBefore = row(concluded);
        Map<String, Object> annulledBefore = row(annulled);

        job.run(NOW);

        assertThat(row(concluded)).isEqualTo(concludedBefore);
        assertThat(row(annulled)).isEqualTo(annulledBefore);
        assertThat(row(annulled).get("annulment_reason")).isEqualTo("SYK");
        assertThat(systemEntries(concluded)).isEmpty();
        assertThat(systemEntries(annulled)).isEmpty();
    }

    @Test
    void anEditRestartsTheClockAndTheWarnings() {
        Created agreement = touchedAt(oslo(NOW).minusWeeks(12).plusDays(1).toInstant());
        job.run(NOW);
        assertThat(systemEntries(agreement)).hasSize(1);

        assertThat(http.put("veileder", "/api/v1/agreements/" + agreement.id(), object("tasks", "Bake"), "\"0\"")
                .status()).isEqualTo(200);
        assertThat(((Timestamp) row(agreement).get("last_touched_at")).toInstant()).isEqualTo(NOW);

        job.run(NOW.plus(Duration.ofDays(2)));
        assertThat(row(agreement).get("annulled_at")).isNull();
        assertThat(systemEntries(agreement)).hasSize(1);

        job.run(oslo(NOW).plusWeeks(11).plusMinutes(1).toInstant());
        job.run(oslo(NOW).plusWeeks(12).minusDays(1).toInstant());
        assertThat(systemEntries(agreement)).containsExactly(
                "AGREEMENT_EXPIRY_WARNING:agreement:" + agreement.id() + ":DAY",
                "AGREEMENT_EXPIRY_WARNING:agreement:" + agreement.id() + ":WEEK",
                "AGREEMENT_EXPIRY_WARNING:agreement:" + agreement.id() + ":DAY");
        job.run(oslo(NOW).plusWeeks(12).minusMinutes(1).toInstant());
        assertThat(row(agreement).get("annulled_at")).isNull();

        job.run(oslo(NOW).plusWeeks(12).toInstant());
        assertThat(row(agreement).get("annulment_reason")).isEqualTo("UTLOPT");
    }

    @Test
    void theHourlyRunTakesTheTimeFromTheClock() {
        Created agreement = touchedAt(oslo(NOW).minusWeeks(13).toInstant());

        job.hourly();

        assertThat(row(agreement).get("annulment_reason")).isEqualTo("UTLOPT");
    }

    @Test
    void aRunWhileAnotherNodeHoldsTheLockDoesNothing() throws Exception {
        Created agreement = touchedAt(oslo(NOW).minusWeeks(13).toInstant());
        ExecutorService otherNode = Executors.newSingleThreadExecutor();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        try {
            Future<?> holder = otherNode.submit(() -> {
                try (Connection connection = dataSource.getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.execute("select pg_advisory_lock(" + AgreementExpiryJob.LOCK_KEY + ")");
                    locked.countDown();
                    done.await(30, TimeUnit.SECONDS);
                    statement.execute("select pg_advisory_unlock(" + AgreementExpiryJob.LOCK_KEY + ")");
                }
                return null;
            });
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

            AgreementExpiryResult whileLocked = job.run(NOW);

            assertThat(whileLocked.skipped()).isTrue();
            assertThat(whileLocked.annulled()).isZero();
            assertThat(row(agreement).get("annulled_at")).isNull();
            assertThat(systemEntries(agreement)).isEmpty();
            done.countDown();
            holder.get(30, TimeUnit.SECONDS);
        } finally {
            done.countDown();
            otherNode.shutdown();
        }
        assertThat(job.run(NOW).skipped()).isFalse();
        assertThat(row(agreement).get("annulment_reason")).isEqualTo("UTLOPT");
    }
}
