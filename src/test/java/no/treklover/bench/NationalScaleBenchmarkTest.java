package no.treklover.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The counsellor's pages and API at BRIEF §7's national scale, end to end over HTTP (security, audit log,
 * rendering included). Not part of {@code mvn verify}: run it with {@code mvn verify -Pbenchmark}
 * (options: {@code -Dbench.scale=0.05} for a quick run, {@code -Dbench.samples=200},
 * {@code -Dbench.p95BudgetMs=200}). It writes {@code target/benchmark/national-scale.md} and fails when a
 * measured p95 is over the budget.
 */
@Tag("benchmark")
@IntegrationTest
class NationalScaleBenchmarkTest {

    private static final Map<String, String> HTML = Map.of("Accept", "text/html");
    private static final Map<String, String> JSON = Map.of("Accept", "application/json");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    record Result(String name, long[] nanos) {

        double percentileMs(double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1_000_000.0;
        }
    }

    @Test
    void theCounsellorsPagesStayFastAtNationalScale() throws IOException {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1.0"));
        int samples = Integer.getInteger("bench.samples", 200);
        long budgetMs = Long.getLong("bench.p95BudgetMs", 200);

        NationalScaleData data = new NationalScaleData(jdbc, scale);
        long started = System.nanoTime();
        data.load();
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        Counts counts = counts();

        ApiClient http = new ApiClient(port);
        List<Long> ownOpen = jdbc.sql("""
                        select p.id from inclusion_process p join app_user u on u.id = p.counsellor_id
                        where u.username = 'veileder' and p.open order by p.id""")
                .query(Long.class).list();
        List<Result> results = new ArrayList<>();
        results.add(measure(http, "Mine forløp (HTML, første side)", samples, i -> "/caseload", HTML));
        results.add(measure(http, "Mine forløp, søk på navn (HTML)", samples,
                i -> "/caseload?search=" + List.of("kari", "ola", "hansen", "berg").get(i % 4), HTML));
        results.add(measure(http, "Kontorets forløp (HTML)", samples, i -> "/caseload?scope=OFFICE", HTML));
        results.add(measure(http, "Forløpsside (HTML)", samples,
                i -> "/processes/" + ownOpen.get(i % ownOpen.size()), HTML));
        results.add(measure(http, "GET /api/v1/processes", samples, i -> "/api/v1/processes", JSON));
        results.add(measure(http, "GET /api/v1/processes/{id}", samples,
                i -> "/api/v1/processes/" + ownOpen.get(i % ownOpen.size()), JSON));

        String report = report(scale, loadSeconds, counts, ownOpen.size(), samples, budgetMs, results);
        Path file = Path.of("target", "benchmark", "national-scale.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);

        for (Result result : results) {
            assertThat(result.percentileMs(95)).as(result.name() + " p95 (ms)").isLessThanOrEqualTo(budgetMs);
        }
    }

    private static Result measure(ApiClient http, String name, int samples, IntFunction<String> path,
            Map<String, String> headers) {
        for (int i = 0; i < 20; i++) {
            call(http, path.apply(i), headers);
        }
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            call(http, path.apply(i), headers);
            nanos[i] = System.nanoTime() - start;
        }
        return new Result(name, nanos);
    }

    private static void call(ApiClient http, String path, Map<String, String> headers) {
        ApiClient.Response response = http.send("veileder", "GET", path, null, null, headers);
        assertThat(response.status()).as(path).isEqualTo(200);
    }

    record Counts(long offices, long counsellors, long employers, long candidates, long processes, long open,
            long events) {
    }

    private Counts counts() {
        return new Counts(count("office"), count("app_user where role = 'COUNSELLOR'"), count("employer"),
                count("candidate"), count("inclusion_process"), count("inclusion_process where open"),
                count("process_event"));
    }

    private long count(String from) {
        return jdbc.sql("select count(*) from " + from).query(Long.class).single();
    }

    private static String report(double scale, double loadSeconds, Counts c, int ownOpen, int samples,
            long budgetMs, List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append("# Nasjonal skala: målinger\n\n");
        out.append(String.format(Locale.ROOT, "Skala %.3f; data lastet på %.0f s. %d kontorer, %d veiledere, "
                        + "%d arbeidsgivere, %d kandidater, %d forløp (%d åpne), %d tidslinjeoppføringer. "
                        + "Veilederen som måles har %d åpne forløp.%n%n", scale, loadSeconds, c.offices(),
                c.counsellors(), c.employers(), c.candidates(), c.processes(), c.open(), c.events(), ownOpen));
        out.append(String.format(Locale.ROOT, "%d kall etter hverandre per side (etter 20 oppvarmingskall), "
                + "over HTTP med innlogging og tilgangslogg. Budsjett p95 ≤ %d ms.%n%n", samples, budgetMs));
        out.append("| side eller kall | p50 ms | p95 ms | p99 ms | maks ms |\n|---|---:|---:|---:|---:|\n");
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f |%n", r.name(),
                    r.percentileMs(50), r.percentileMs(95), r.percentileMs(99), r.percentileMs(100)));
        }
        return out.toString();
    }
}
