package no.treklover.bench;

/** One page at one number of connections: over HTTP, its SQL replayed alone, and the sealer meanwhile. */
record StepResult(BenchPage page, int connections, LoadDriver.Step app, LoadDriver.Step sql,
        AuditBacklogProbe.Backlog backlog, double statements, double transactions) {

    double throughputRatio() {
        return app.perSecond() / sql.perSecond();
    }

    double p95Ratio() {
        return app.latencies().percentileMs(95) / sql.latencies().percentileMs(95);
    }

    boolean targeted() {
        return BenchSettings.TARGET_CONNECTIONS.contains(connections);
    }

    boolean meetsTargets() {
        return throughputRatio() >= BenchSettings.MIN_THROUGHPUT_RATIO && p95Ratio() <= BenchSettings.MAX_P95_RATIO;
    }
}
