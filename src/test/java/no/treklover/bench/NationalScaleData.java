package no.treklover.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The one generator of BRIEF §7's national scale: each feature's tables are a {@link Part} in set-based SQL, so
 * that a million processes and twenty million contact-log rows take minutes rather than hours. A new feature adds
 * its part to {@link #PARTS}; parts run in that order and may read what the earlier ones made.
 *
 * <p>National ids start with 00, which no real or demo id does (day 00 does not exist), so the data never
 * collides with the demo data. The demo counsellor {@code veileder} (office 0315) gets the busiest caseload, and
 * the demo {@code beslutter} of the same office a full queue, so the measured pages show the worst case.
 */
final class NationalScaleData {

    /** One feature's share of the national volumes. */
    interface Part {

        String name();

        void load(Sql sql);
    }

    static final List<Part> PARTS = List.of(new ProcessVolumes(), new ContactVolumes(), new MeetingVolumes(),
            new AgreementVolumes(), new EmployerVolumes(), new EmployerContactVolumes(), new NeedVolumes(),
            new OpportunityVolumes());

    /** What a part writes with: one owner connection (temporary tables live on) and the scale. */
    record Sql(JdbcClient jdbc, double scale) {

        int scaled(int national) {
            return Math.max(1, (int) Math.round(national * scale));
        }

        void run(String sql) {
            run(sql, Map.of());
        }

        void run(String sql, Map<String, ?> params) {
            jdbc.sql(sql).params(params).update();
        }
    }

    private final DataSource owner;
    private final double scale;

    /** {@code owner}: the schema owner's connections, so that a load may skip foreign key checks it keeps itself. */
    NationalScaleData(DataSource owner, double scale) {
        this.owner = owner;
        this.scale = scale;
    }

    /** Loads every part; answers the seconds each took. */
    Map<String, Double> load() throws SQLException {
        Map<String, Double> seconds = new LinkedHashMap<>();
        try (Connection connection = owner.getConnection()) {
            SingleConnectionDataSource single = new SingleConnectionDataSource(connection, true);
            Sql sql = new Sql(JdbcClient.create(single), scale);
            // Bulk load: no fsync per statement, and the generated rows refer only to rows made before them.
            sql.run("set synchronous_commit = off");
            sql.run("set session_replication_role = replica");
            sql.run("set maintenance_work_mem = '256MB'");
            // -Dbench.keptData=true: the data directory of an earlier run (treklover.db.embedded-data-directory with
            // embedded-clean-on-start=false) holds the volumes already; only the vacuum runs, so what migrations since
            // then wrote is vacuumed as in a register loaded long ago
            for (Part part : Boolean.getBoolean("bench.keptData") ? List.<Part>of() : PARTS) {
                long started = System.nanoTime();
                part.load(sql);
                seconds.put(part.name(), (System.nanoTime() - started) / 1e9);
            }
            sql.run("set session_replication_role = origin");
            long started = System.nanoTime();
            // vacuum too, not only analyze: bulk-inserted rows leave the visibility map empty, so an index-only scan
            // would still visit the heap for every row, which a register loaded long ago does not
            sql.run("vacuum (analyze)");
            seconds.put("analyze", (System.nanoTime() - started) / 1e9);
        }
        return seconds;
    }
}
