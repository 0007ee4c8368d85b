package no.treklover.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.treklover.identifiers.NationalId;
import no.treklover.identifiers.OrganisationNumber;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the demo run's first start loads: the baseline study's 21 cases, the synthetic ones, valid identifiers. */
@IntegrationTest
class DemoDataLoadTest {

    /** The {@code mentor} user's processes, one of them {@code kandidat}'s (SyntheticProcesses). */
    private static final int MENTOR_PROCESSES = 3;
    private static final String BASELINE_GOALS = "Begrunnelse for mentortiltaket: ";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoDataLoader loader;

    @Autowired
    DemoProperties properties;

    @Autowired
    Clock clock;

    /** The demo data is loaded before any test runs; what tests add is created after this JVM started. */
    private static Timestamp testsStarted() {
        return Timestamp.from(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
    }

    @Test
    void theDemoHasTheBaselineCasesPlusTheConfiguredSyntheticProcesses() {
        assertThat(BaselineCases.load()).hasSize(21);
        // The baseline cases are written first, so they have the lowest ids; their goals carry the study's
        // justification (unless a retention test has anonymised them since), and no other process has one.
        List<String> firstGoals = jdbc.sql("select goals from inclusion_process order by id limit 22")
                .query(String.class).list();
        assertThat(firstGoals.subList(0, 21))
                .allSatisfy(goals -> assertThat(goals == null || goals.startsWith(BASELINE_GOALS)).as(goals).isTrue());
        assertThat(jdbc.sql("select count(*) from inclusion_process where goals like ?").param(BASELINE_GOALS + "%")
                .query(Long.class).single()).isBetween(1L, 21L);
        assertThat(firstGoals.get(21)).doesNotStartWith(BASELINE_GOALS);
        assertThat(jdbc.sql("select count(*) from inclusion_process where created_at < ?").param(testsStarted())
                .query(Long.class).single())
                .isEqualTo(21 + MENTOR_PROCESSES + properties.extraProcesses());
        assertThat(properties.extraProcesses()).as("application-test.yml").isEqualTo(300);
    }

    @Test
    void everyDemoNationalIdAndOrganisationNumberIsValid() {
        DemoData data = DemoDataGenerator.generate(BaselineCases.load(), properties.extraProcesses(),
                LocalDate.now(clock.withZone(DemoTimeline.OSLO)));
        assertThat(data.candidates).isNotEmpty()
                .allSatisfy(c -> assertThat(NationalId.isValid(c.nationalId)).as(c.nationalId).isTrue());
        assertThat(data.employers).isNotEmpty()
                .allSatisfy(e -> assertThat(OrganisationNumber.isValid(e.orgNumber())).as(e.orgNumber()).isTrue());

        // And what is stored: every demo candidate's id (unless anonymised since) and every demo employer.
        List<String> storedIds = jdbc.sql("select national_id from candidate where created_at < ? "
                + "and national_id is not null").param(testsStarted()).query(String.class).list();
        assertThat(storedIds).isNotEmpty()
                .allSatisfy(id -> assertThat(NationalId.isValid(id)).as(id).isTrue());
        List<String> storedOrgNumbers = jdbc.sql("select org_number from employer").query(String.class).list();
        assertThat(storedOrgNumbers).containsAll(data.employers.stream().map(DemoData.Employer::orgNumber).toList());
    }

    @Test
    void aSecondLoadFindsTheDataAndAddsNothing() {
        String counts = "select (select count(*) from app_user) || '/' || (select count(*) from candidate) || '/' "
                + "|| (select count(*) from employer) || '/' || (select count(*) from inclusion_process) || '/' "
                + "|| (select count(*) from process_event)";
        String before = jdbc.sql(counts).query(String.class).single();

        assertThat(loader.loadIfAbsent()).isFalse();

        assertThat(jdbc.sql(counts).query(String.class).single()).isEqualTo(before);
    }
}
