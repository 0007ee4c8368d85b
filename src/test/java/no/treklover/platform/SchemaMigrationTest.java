package no.treklover.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.treklover.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The test database starts empty, so the context starting at all proves the migrations run from scratch. */
@IntegrationTest
class SchemaMigrationTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

    @Test
    void migrationsRanFromEmptyAndMatchTheScripts() {
        assertThat(flyway.info().applied()).isNotEmpty();
        assertThat(flyway.info().pending()).isEmpty();
        flyway.validate();
        // Flyway's own history is the owner's business: the app's account may not even read it.
        assertThat(flyway.info().all()).noneMatch(migration -> migration.getState().isFailed());
        assertThatThrownBy(() -> jdbc.sql("select count(*) from flyway_schema_history").query(Long.class).single())
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
    }

    @Test
    void theDatabaseRefusesWhatTheAppWouldNeverWrite() {
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables where table_schema = 'public'""")
                .query(String.class).list();
        assertThat(tables).contains("office", "candidate", "employer", "inclusion_process", "process_event",
                "process_measure", "audit_entry", "spring_session");

        Long withOpenProcess = jdbc.sql("select candidate_id from inclusion_process where open limit 1")
                .query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("""
                insert into inclusion_process (candidate_id, counsellor_id, office_id, phase, phase_changed_at, open)
                select candidate_id, counsellor_id, office_id, 'ASSESSMENT', now(), true
                from inclusion_process where candidate_id = :id limit 1""").param("id", withOpenProcess).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into office (id, name, county) values ('12a4', 'X', 'Y')").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void postgresIsTheDatabase() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL 17");
    }
}
