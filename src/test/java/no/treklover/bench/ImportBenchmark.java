package no.treklover.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;
import javax.sql.DataSource;
import no.treklover.employer.register.EmployerImporter;
import no.treklover.employer.register.ImportJob;
import no.treklover.employer.register.RegisterFileWriter;
import org.postgresql.PGConnection;

/**
 * Issue 12's import target: {@code rows} generated enheter in the register's JSON format imported through the app's
 * importer, beside PostgreSQL's own {@code COPY} of the same rows into the same table, in the same run. The COPY side
 * gets the rows exactly as the import stored them (dumped after the import, then deleted, untimed), so both write
 * the same bytes into {@code employer} with its indexes. Target: under 2 minutes for 1 000 000 on 2 cores, and at
 * least half of COPY's rows per second.
 */
final class ImportBenchmark {

    /** 8-digit starts of the benchmark's organisation numbers: 40…, apart from the national data's 9… and the demo's. */
    static final int FIRST_NUMBER = 40_000_000;
    static final double MIN_RATIO = 0.5;
    static final double MAX_SECONDS_PER_MILLION = 120;
    private static final String COLUMNS = """
            org_number, name, org_form_code, org_form_text, nace_code, nace_text, employee_count, employees_under_five,
            business_address, business_postal_code, business_postal_place, business_municipality_number,
            business_municipality, business_country_code, postal_address, postal_postal_code, postal_postal_place,
            postal_municipality_number, postal_municipality, postal_country_code, bankrupt, being_wound_up,
            being_forcibly_wound_up, registered_on, register_deleted_on, register_digest, register_imported_at""";

    record Result(int rows, long fileBytes, double importSeconds, double copySeconds, ImportJob job, double loadBefore,
            double loadAfter) {

        double importPerSecond() {
            return rows / importSeconds;
        }

        double copyPerSecond() {
            return rows / copySeconds;
        }

        double ratio() {
            return importPerSecond() / copyPerSecond();
        }

        boolean meetsTargets() {
            return ratio() >= MIN_RATIO && importSeconds <= MAX_SECONDS_PER_MILLION * Math.max(rows, 1) / 1_000_000.0;
        }

        String markdown() {
            return String.format(Locale.ROOT, """
                    ## Import fra Enhetsregisteret

                    %d enheter i registerets JSON-format (%.0f MB, ukomprimert), importert gjennom appens import \
                    (strømmet lesing, kontroll av hver rad, COPY til en mellomtabell og én upsert per 10 000 rader), \
                    og de samme radene kopiert inn i samme tabell (employer) med PostgreSQLs egen COPY, i samme kjøring.

                    | | sekunder | rader/s |
                    |---|---:|---:|
                    | import | %.1f | %.0f |
                    | COPY alene | %.1f | %.0f |

                    Import ÷ COPY: **%.2f** (mål ≥ %.1f); importen %s (mål under %.0f s per million rader). \
                    Importen: %d lest, %d nye, %d oppdatert, %d avvist, status %s. Maskinen: %d kjerner, delt \
                    med andre; belastning (load average, 1 min) %.1f før importen og %.1f etter COPY.
                    """, rows, fileBytes / 1e6, importSeconds, importPerSecond(), copySeconds, copyPerSecond(),
                    ratio(), MIN_RATIO, meetsTargets() ? "nådde målene" : "**nådde ikke målene**",
                    MAX_SECONDS_PER_MILLION, job.rowsRead(), job.rowsInserted(), job.rowsUpdated(),
                    job.rowsRejected(), job.status(), Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
        }
    }

    private final EmployerImporter importer;
    private final DataSource owner;

    /** {@code owner}: the schema owner's connections, for the dump, the delete and the COPY. */
    ImportBenchmark(EmployerImporter importer, DataSource owner) {
        this.importer = importer;
        this.owner = owner;
    }

    /**
     * Removes the benchmark's enheter, untimed. Nothing refers to them, so the foreign keys' checks are skipped: with
     * ten tables referring to {@code employer}, some without an index on the reference, they made a delete of a million
     * rows take minutes.
     */
    private void delete(String range) throws java.sql.SQLException {
        try (Connection c = owner.getConnection(); var s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            s.execute("delete from employer where " + range);
            s.execute("set session_replication_role = origin");
            s.execute("vacuum analyze employer");
        }
    }

    /** The machine is shared: its load average (1 min) says how much the others took. */
    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    Result run(int rows) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        Path json = dir.resolve("enheter_alle.json");
        Path dump = dir.resolve("enheter_copy.txt");
        try (OutputStream out = Files.newOutputStream(json)) {
            RegisterFileWriter.writeSynthetic(out, RegisterFileWriter.Format.JSON, false, rows, 1, FIRST_NUMBER);
        }
        String range = "org_number >= '" + FIRST_NUMBER + "0' and org_number < '" + (FIRST_NUMBER + 20_000_000) + "'";
        delete(range);

        double loadBefore = loadAverage();
        long started = System.nanoTime();
        long id = importer.create(null, json.getFileName().toString(), false, "benchmark", Files.size(json));
        ImportJob job;
        try (InputStream in = Files.newInputStream(json)) {
            job = importer.run(id, in, new EmployerImporter.Options(null, false), EmployerImporter.Listener.NONE);
        }
        double importSeconds = (System.nanoTime() - started) / 1e9;

        try (Connection c = owner.getConnection(); var s = c.createStatement()) {
            try (OutputStream out = Files.newOutputStream(dump)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyOut(
                        "copy (select " + COLUMNS + " from employer where " + range + ") to stdout", out);
            }
        }
        delete(range);
        started = System.nanoTime();
        try (Connection c = owner.getConnection(); InputStream in = Files.newInputStream(dump)) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy employer (" + COLUMNS + ") from stdin", in);
        }
        double copySeconds = (System.nanoTime() - started) / 1e9;
        double loadAfter = loadAverage();
        long fileBytes = Files.size(json);
        Files.deleteIfExists(json);
        Files.deleteIfExists(dump);
        return new Result(rows, fileBytes, importSeconds, copySeconds, job, loadBefore, loadAfter);
    }
}
