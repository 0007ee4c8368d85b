package no.treklover.employer.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The import streams: a child JVM with 64 MB of heap imports 200 000 generated enheter (about 90 MB of JSON, here
 * not compressed) into the test database. Were the file or the rows held in memory, it would run out of heap.
 */
@IntegrationTest
class ImportMemoryTest {

    static final int ROWS = 200_000;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aChildJvmWith64MbOfHeapImports200000Rows() throws Exception {
        Path file = Files.createTempFile("enheter_alle", ".json");
        try (OutputStream out = Files.newOutputStream(file)) {
            RegisterFileWriter.writeSynthetic(out, RegisterFileWriter.Format.JSON, false, ROWS, 7, 60_000_000);
        }
        assertThat(Files.size(file)).as("the file is larger than the child's heap").isGreaterThan(64L << 20);
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"), Probe.class.getName(),
                hikari.getJdbcUrl(), String.valueOf(hikari.getUsername()), String.valueOf(hikari.getPassword()),
                file.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("SUCCEEDED " + ROWS + " read");
        assertThat(jdbc.sql("select count(*) from employer where org_number like '60%' or org_number like '61%'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(ROWS);
        Files.delete(file);
    }

    /** The child: the importer over plain JDBC, no Spring context, as little heap as the test gives it. */
    public static final class Probe {

        public static void main(String[] args) throws Exception {
            DriverManagerDataSource source = new DriverManagerDataSource(args[0], args[1],
                    "null".equals(args[2]) ? null : args[2]);
            ImportJobs jobs = new ImportJobs(JdbcClient.create(source));
            EmployerImporter importer = new EmployerImporter(source, new DataSourceTransactionManager(source), jobs,
                    Clock.systemUTC());
            Path file = Path.of(args[3]);
            long id = importer.create(null, "memory", false, "memory-test", Files.size(file));
            try (var in = Files.newInputStream(file)) {
                ImportJob job = importer.run(id, in, new EmployerImporter.Options(null, false),
                        counts -> System.out.println(counts.rowsRead() + " rows, heap used "
                                + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory() >> 20)
                                + " MB"));
                System.out.println(job.status() + " " + job.rowsRead() + " read " + job.failure());
                System.exit(job.status() == ImportJob.Status.SUCCEEDED ? 0 : 1);
            }
        }
    }
}
