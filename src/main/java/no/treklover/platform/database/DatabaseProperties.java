package no.treklover.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With {@code url} blank the app starts its own embedded PostgreSQL with
 * its files under {@code embeddedDataDirectory}; with {@code url} set it uses that server and
 * starts nothing (that is how several app nodes share one database). With {@code migrationUser} set, Flyway
 * migrates as that account (the schema's owner) and the app runs as {@code user} with table rights only.
 * {@code embeddedFastUnsafe} is for tests only: the embedded server then skips fsync and commits asynchronously,
 * so a crash loses acknowledged writes.
 */
@ConfigurationProperties("treklover.db")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        String migrationUser,
        String migrationPassword,
        String embeddedDataDirectory,
        boolean embeddedCleanOnStart,
        boolean embeddedFastUnsafe,
        int poolSize) {

    public DatabaseProperties {
        if (embeddedDataDirectory == null || embeddedDataDirectory.isBlank()) {
            embeddedDataDirectory = "./data/postgres";
        }
        if (poolSize <= 0) {
            poolSize = 10;
        }
    }

    /** The default run's embedded database in {@code dataDirectory}: kept across starts, durable. */
    public static DatabaseProperties embedded(String dataDirectory) {
        return new DatabaseProperties(null, null, null, null, null, dataDirectory, false, false, 0);
    }

    public boolean external() {
        return url != null && !url.isBlank();
    }

    public boolean separateMigrationUser() {
        return migrationUser != null && !migrationUser.isBlank();
    }
}
