package no.treklover.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * One data source for the whole app: an external PostgreSQL when {@code TREKLOVER_DB_URL} is set,
 * otherwise an embedded PostgreSQL whose files survive restarts. Flyway migrates as the schema's owner; the app
 * connects as an account with rights on the tables only (see {@link SchemaOwner}).
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DataSourceConfiguration.class);

    /** The embedded server's account for the app; {@code postgres} owns the schema. */
    static final String EMBEDDED_APP_ROLE = "treklover_app";
    private static final String EMBEDDED_OWNER = "postgres";

    /**
     * Starts the embedded server on a thread of its own as soon as the bean definitions are read: starting
     * PostgreSQL is mostly waiting for other processes, which then overlaps the seconds Spring spends creating the
     * beans that do not need the database.
     */
    @Bean
    static EmbeddedDatabaseStart embeddedDatabaseStart(Environment environment) {
        return new EmbeddedDatabaseStart(Binder.get(environment).bindOrCreate("treklover.db",
                DatabaseProperties.class));
    }

    /** Closed by {@link EmbeddedDatabaseStart}, after the beans that use it. */
    @Bean(destroyMethod = "")
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseStart start) {
        return start.database();
    }

    static EmbeddedDatabase startEmbedded(DatabaseProperties properties) {
        if (properties.external()) {
            return EmbeddedDatabase.none();
        }
        Path dataDirectory = Path.of(properties.embeddedDataDirectory()).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDirectory.getParent());
            boolean reuse = Files.exists(dataDirectory.resolve("PG_VERSION")) && !properties.embeddedCleanOnStart();
            if (reuse) {
                OrphanedPostmaster.stopIfRunning(dataDirectory);
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(properties.embeddedCleanOnStart())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200");
            durability(properties.embeddedFastUnsafe()).forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL on port {} with data in {} ({}{})", postgres.getPort(), dataDirectory,
                    reuse ? "reused" : "new", properties.embeddedFastUnsafe() ? ", no fsync: tests only" : "");
            createAppRole(postgres);
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the app's role in the embedded PostgreSQL", e);
        }
    }

    /**
     * zonky starts the server with {@code -F} (no fsync) and {@code synchronous_commit=off}, settings for throwaway
     * test databases under which a crash loses acknowledged commits. The default run sets PostgreSQL's own
     * defaults back explicitly ({@code -c} comes after {@code -F} on the command line, so it wins).
     */
    static Map<String, String> durability(boolean fastUnsafe) {
        String value = fastUnsafe ? "off" : "on";
        return Map.of("fsync", value, "synchronous_commit", value, "full_page_writes", value);
    }

    /** A login role that owns nothing; the embedded server trusts local connections, so it has no password. */
    private static void createAppRole(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("do $$ begin"
                    + " if not exists (select 1 from pg_roles where rolname = '" + EMBEDDED_APP_ROLE + "') then"
                    + " create role " + EMBEDDED_APP_ROLE + " login nosuperuser nocreatedb nocreaterole;"
                    + " end if; end $$");
        }
    }

    @Bean
    SchemaOwner schemaOwner(DatabaseProperties properties, EmbeddedDatabase embedded) {
        if (!properties.external()) {
            return new SchemaOwner(embedded.jdbcUrl(EMBEDDED_OWNER), EMBEDDED_OWNER, "", EMBEDDED_APP_ROLE);
        }
        if (properties.separateMigrationUser()) {
            return new SchemaOwner(properties.url(), properties.migrationUser(), properties.migrationPassword(),
                    properties.user());
        }
        return new SchemaOwner(properties.url(), properties.user(), properties.password(), properties.user());
    }

    /** Flyway migrates as the owner and then grants the app's account its rights (the afterMigrate callback). */
    @Bean
    FlywayConfigurationCustomizer migrateAsSchemaOwner(SchemaOwner owner) {
        return configuration -> configuration
                .dataSource(owner.jdbcUrl(), owner.user(), owner.password())
                .placeholders(Map.of("appRole", owner.appRole()));
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseProperties properties, EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("treklover");
        config.setMaximumPoolSize(properties.poolSize());
        if (properties.external()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        } else {
            config.setJdbcUrl(embedded.jdbcUrl(EMBEDDED_APP_ROLE));
            config.setUsername(EMBEDDED_APP_ROLE);
        }
        return new HikariDataSource(config);
    }

    /** The embedded server, or nothing when an external database is configured. */
    static final class EmbeddedDatabase implements AutoCloseable {
        private final EmbeddedPostgres postgres;

        EmbeddedDatabase(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null);
        }

        String jdbcUrl(String user) {
            return postgres.getJdbcUrl(user, "postgres");
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
