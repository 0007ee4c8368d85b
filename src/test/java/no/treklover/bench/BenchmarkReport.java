package no.treklover.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The markdown report: the data, each page beside its SQL alone as ratios, the sealer, the invariants. */
final class BenchmarkReport {

    private final StringBuilder out = new StringBuilder();

    String render(BenchSettings settings, Map<String, Double> loadSeconds, Map<String, Long> volumes,
            List<StepResult> steps, List<String> invariants, String machine) {
        line("# Nasjonal skala: målinger");
        line("");
        line("%s", machine);
        line("");
        long targeted = steps.stream().filter(StepResult::targeted).count();
        long met = steps.stream().filter(StepResult::targeted).filter(StepResult::meetsTargets).count();
        line("Mål nådd i %d av %d steg ved 1 og 10 tilkoblinger.", met, targeted);
        line("");
        line("Skala %.3f av BRIEF §7. Data lastet på %.0f s (%s).", settings.scale(),
                loadSeconds.values().stream().mapToDouble(Double::doubleValue).sum(), parts(loadSeconds));
        line("");
        line("| tabell | rader |");
        line("|---|---:|");
        volumes.forEach((table, rows) -> line("| %s | %d |", table, rows));
        line("");
        line("Hvert steg: %d s oppvarming og %d s måling med N samtidige klienter, hver med sin egen innloggede "
                + "økt over HTTP (tilgangskontroll, tilgangslogg og rendering med). Samme sides SQL er tatt opp "
                + "fra ett kall og spilt av alene over JDBC, med samme N, samme tilkoblingspool og samme "
                + "transaksjoner, i samme kjøring. Mål ved 1 og 10 tilkoblinger: gjennomstrømning ≥ %.1f × SQL "
                + "alene og p95 ≤ %.0f × SQL alenes p95.", settings.warmUp().toSeconds(),
                settings.measure().toSeconds(), BenchSettings.MIN_THROUGHPUT_RATIO, BenchSettings.MAX_P95_RATIO);
        line("");
        line("| side | tilkoblinger | app kall/s | SQL alene tx/s | app ÷ SQL gjennomstrømning | app p50 ms "
                + "| app p95 ms | app p99 ms | SQL p95 ms | app p95 ÷ SQL p95 | setninger per kall "
                + "| transaksjoner per kall | feil | mål |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (StepResult s : steps) {
            line("| %s | %d | %.1f | %.1f | %.2f | %.1f | %.1f | %.1f | %.1f | %.2f | %.1f | %.1f | %d | %s |",
                    s.page().name(), s.connections(), s.app().perSecond(), s.sql().perSecond(), s.throughputRatio(),
                    s.app().latencies().percentileMs(50), s.app().latencies().percentileMs(95),
                    s.app().latencies().percentileMs(99), s.sql().latencies().percentileMs(95), s.p95Ratio(),
                    s.statements(), s.transactions(), s.app().errors() + s.sql().errors(),
                    !s.targeted() ? "–" : s.meetsTargets() ? "nådd" : "**ikke nådd**");
        }
        line("");
        line("Forseglingen av tilgangsloggen under lasten (prøve hvert sekund av uforseglede oppføringer):");
        line("");
        line("| side | tilkoblinger | oppføringer skrevet per s | flest uforseglet | = sekunder med skriving |");
        line("|---|---:|---:|---:|---:|");
        for (StepResult s : steps) {
            line("| %s | %d | %.0f | %d | %.1f |", s.page().name(), s.connections(), s.backlog().writtenPerSecond(),
                    s.backlog().maxUnsealed(), s.backlog().seconds());
        }
        int most = steps.stream().mapToInt(StepResult::connections).max().orElse(0);
        steps.stream().filter(s -> s.connections() == most)
                .max(java.util.Comparator.comparingDouble(s -> s.backlog().seconds()))
                .ifPresent(s -> line("%nVed %d tilkoblinger var det største etterslepet %d oppføringer (%s), %.1f s "
                        + "med skriving; forsegleren går hvert 2. sekund.", most, s.backlog().maxUnsealed(),
                        s.page().name(), s.backlog().seconds()));
        line("");
        line("Etter lasten:");
        line("");
        invariants.forEach(invariant -> line("- %s", invariant));
        return out.toString();
    }

    private static String parts(Map<String, Double> loadSeconds) {
        StringBuilder parts = new StringBuilder();
        loadSeconds.forEach((part, seconds) -> parts.append(parts.isEmpty() ? "" : "; ")
                .append(String.format(Locale.ROOT, "%s %.0f s", part, seconds)));
        return parts.toString();
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
