package no.treklover.platform.database;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The account that owns the schema and runs the migrations, and the app's own account that only gets rights on the
 * tables (granted by {@code afterMigrate__grant_app_role.sql}). Owning a table means being able to alter it, and so
 * to switch off the audit log's append-only trigger; the app's account cannot. When both are the same account (an
 * external database without {@code TREKLOVER_DB_MIGRATION_USER}) nothing is granted or revoked.
 */
public record SchemaOwner(String jdbcUrl, String user, String password, String appRole) {

    /** Unpooled connections as the owner: for migrations, and for tests that play an administrator. */
    public DataSource dataSource() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(jdbcUrl, user, password);
        dataSource.setDriverClassName("org.postgresql.Driver");
        return dataSource;
    }
}
