package no.treklover.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default run keeps its data: a second start of the embedded PostgreSQL on the same directory reuses it. */
class EmbeddedDatabaseRestartTest {

    @TempDir
    Path directory;

    private DataSourceConfiguration.EmbeddedDatabase start(Path data) {
        return DataSourceConfiguration.startEmbedded(
                DatabaseProperties.embedded(data.toString()));
    }

    @Test
    void aRowWrittenBeforeAStopIsThereAfterTheNextStart() throws Exception {
        Path data = directory.resolve("postgres");

        try (DataSourceConfiguration.EmbeddedDatabase first = start(data);
                Connection connection = DriverManager.getConnection(first.jdbcUrl("postgres"), "postgres", "");
                Statement sql = connection.createStatement()) {
            sql.execute("create table survivor (name text not null)");
            sql.execute("insert into survivor values ('Kaja')");
        }
        assertThat(data.resolve("PG_VERSION")).exists();

        try (DataSourceConfiguration.EmbeddedDatabase second = start(data);
                Connection connection = DriverManager.getConnection(second.jdbcUrl("postgres"), "postgres", "");
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select name from survivor")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Kaja");
            assertThat(rows.next()).isFalse();
        }
        try (DataSourceConfiguration.EmbeddedDatabase third = start(data);
                Connection app = DriverManager.getConnection(third.jdbcUrl(DataSourceConfiguration.EMBEDDED_APP_ROLE),
                        DataSourceConfiguration.EMBEDDED_APP_ROLE, "");
                Statement sql = app.createStatement();
                ResultSet who = sql.executeQuery("select current_user")) {
            assertThat(who.next()).isTrue();
            assertThat(who.getString(1)).as("the app's role survives restarts and is created only once")
                    .isEqualTo(DataSourceConfiguration.EMBEDDED_APP_ROLE);
        }
        assertThat(Files.isDirectory(data)).isTrue();
    }
}
