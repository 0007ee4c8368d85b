package no.treklover.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Watches the audit sealer during a load step: once a second, how many audit entries wait unsealed, and how many
 * were written. On its own connection, outside the app's pool.
 */
final class AuditBacklogProbe implements AutoCloseable {

    /** What one step showed: the most entries waiting at once, and the entries written per second. */
    record Backlog(long maxUnsealed, double writtenPerSecond) {

        /** The longest wait in seconds' worth of writes: under a few seconds means the sealer keeps up. */
        double seconds() {
            return writtenPerSecond == 0 ? 0 : maxUnsealed / writtenPerSecond;
        }
    }

    private static final String UNSEALED = "select count(*) from audit_unsealed";

    private final Connection connection;
    private ScheduledExecutorService timer;
    private volatile long maxUnsealed;
    private long firstId;
    private long started;

    AuditBacklogProbe(DataSource owner) throws SQLException {
        this.connection = owner.getConnection();
    }

    /**
     * Waits (at most a minute) until the sealer has caught up with what came before, such as a SQL replay's
     * audit inserts, so the step's backlog is its own.
     */
    void awaitSealed() throws SQLException, InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        while (query(UNSEALED) > 0 && System.nanoTime() < until) {
            Thread.sleep(200);
        }
    }

    void start() throws SQLException {
        maxUnsealed = 0;
        firstId = query("select coalesce(max(id), 0) from audit_entry");
        started = System.nanoTime();
        timer = Executors.newSingleThreadScheduledExecutor();
        timer.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
    }

    Backlog stop() throws SQLException, InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(5, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        long written = query("select coalesce(max(id), 0) from audit_entry") - firstId;
        return new Backlog(maxUnsealed, written / seconds);
    }

    private void sample() {
        try {
            maxUnsealed = Math.max(maxUnsealed, query(UNSEALED));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private synchronized long query(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        if (timer != null) {
            timer.shutdownNow();
        }
        connection.close();
    }
}
