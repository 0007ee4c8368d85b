package no.treklover.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default run's embedded PostgreSQL keeps what it acknowledged, and starts again after the app died without
 * stopping it. The crash itself, with a write load, is {@link CrashRecoveryTest}.
 */
class EmbeddedDatabaseDurabilityTest {

    @TempDir
    Path directory;

    private DataSourceConfiguration.EmbeddedDatabase start(Path data) {
        return DataSourceConfiguration.startEmbedded(DatabaseProperties.embedded(data.toString()));
    }

    @Test
    void theDefaultRunHasPostgresqlsNormalDurability() throws Exception {
        try (DataSourceConfiguration.EmbeddedDatabase database = start(directory.resolve("postgres"));
                Connection connection = DriverManager.getConnection(database.jdbcUrl("postgres"), "postgres", "");
                Statement sql = connection.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet value = sql.executeQuery("show " + setting)) {
                    assertThat(value.next()).isTrue();
                    assertThat(value.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    @Test
    void aServerLeftRunningByADeadAppIsStoppedAndTheNextStartIsQuick() throws Exception {
        Path data = directory.resolve("postgres");
        Path pgCtl;
        try (DataSourceConfiguration.EmbeddedDatabase first = start(data);
                Connection connection = DriverManager.getConnection(first.jdbcUrl("postgres"), "postgres", "");
                Statement sql = connection.createStatement()) {
            sql.execute("create table survivor (name text not null)");
            sql.execute("insert into survivor values ('Kaja')");
            pgCtl = Path.of(postmaster(data).info().command().orElseThrow()).resolveSibling("pg_ctl");
        }
        // What a killed app leaves behind: a running server on the directory that no JVM holds.
        // The server's output goes to a file: a pipe would stay open for as long as the server runs.
        Path serverLog = directory.resolve("orphan.log");
        Process orphanStart = new ProcessBuilder(OrphanedPostmaster.asZonkyRuns(pgCtl.toString(), "start", "-w",
                "-D", data.toString(), "-l", serverLog.toString(), "-o", "-p " + freePort()))
                .redirectErrorStream(true).redirectOutput(directory.resolve("pg_ctl.log").toFile()).start();
        assertThat(orphanStart.waitFor()).as(() -> readQuietly(serverLog)).isZero();
        ProcessHandle orphan = postmaster(data);

        Instant before = Instant.now();
        try (DataSourceConfiguration.EmbeddedDatabase second = start(data);
                Connection connection = DriverManager.getConnection(second.jdbcUrl("postgres"), "postgres", "");
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select name from survivor")) {
            assertThat(Duration.between(before, Instant.now())).as("start-up beside an orphaned server")
                    .isLessThan(Duration.ofSeconds(30));
            assertThat(orphan.isAlive()).isFalse();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Kaja");
        }
    }

    @Test
    void aPidFileNamingSomeOtherLiveProgramDoesNotBlockTheStart() throws Exception {
        Path data = directory.resolve("postgres");
        start(data).close();
        // After a reboot the old server's number may belong to any program: here, this JVM.
        Files.writeString(data.resolve(OrphanedPostmaster.PID_FILE),
                ProcessHandle.current().pid() + "\n" + data + "\n0\n5432\n\n\n0 0\nready\n");

        Instant before = Instant.now();
        try (DataSourceConfiguration.EmbeddedDatabase again = start(data);
                Connection connection = DriverManager.getConnection(again.jdbcUrl("postgres"), "postgres", "");
                Statement sql = connection.createStatement();
                ResultSet one = sql.executeQuery("select 1")) {
            assertThat(one.next()).isTrue();
            assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(30));
        }
    }

    @Test
    void aServerThatALiveAppUsesIsLeftAlone() throws Exception {
        Path data = directory.resolve("postgres");
        start(data).close();
        try (DataSourceConfiguration.EmbeddedDatabase running = start(data)) {
            ProcessHandle server = postmaster(data);

            assertThatThrownBy(() -> start(data)).isInstanceOf(IllegalStateException.class);

            assertThat(server.isAlive()).isTrue();
            try (Connection connection = DriverManager.getConnection(running.jdbcUrl("postgres"), "postgres", "")) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }

    static ProcessHandle postmaster(Path data) {
        long pid = OrphanedPostmaster.readPid(data.resolve(OrphanedPostmaster.PID_FILE)).orElseThrow();
        return ProcessHandle.of(pid).orElseThrow();
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
