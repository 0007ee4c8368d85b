package no.treklover.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * One page's steps: a few of its requests recorded, then at each number of connections the page over HTTP (the
 * sealer watched meanwhile) and its recorded SQL replayed alone by as many clients.
 */
final class PageBenchmark {

    private static final int RECORDED_PER_PAGE = 5;

    private final StatementCapture capture;
    private final SqlReplay replay;
    private final LoadDriver driver;
    private final DataSource owner;

    /** {@code owner}: connections outside the app's pool, for watching the sealer. */
    PageBenchmark(StatementCapture capture, SqlReplay replay, LoadDriver driver, DataSource owner) {
        this.capture = capture;
        this.replay = replay;
        this.driver = driver;
        this.owner = owner;
    }

    List<StepResult> run(BenchPage page, List<WebSession> sessions, List<Integer> connections) throws Exception {
        List<RecordedRequest> recorded = record(page, sessions.get(0));
        List<StepResult> steps = new ArrayList<>();
        for (int n : connections) {
            steps.add(step(page, sessions.subList(0, n), recorded));
        }
        return steps;
    }

    private StepResult step(BenchPage page, List<WebSession> sessions, List<RecordedRequest> recorded)
            throws Exception {
        List<LoadDriver.Client> web = new ArrayList<>();
        List<LoadDriver.Client> sql = new ArrayList<>();
        for (int k = 0; k < sessions.size(); k++) {
            WebSession session = sessions.get(k);
            int offset = k * 7; // the clients spread over the page's paths
            web.add(n -> session.get(page.path(offset + n), page.accept()).statusCode() == 200);
            sql.add(n -> {
                replay.replay(recorded.get(Math.floorMod(offset + n, recorded.size())));
                return true;
            });
        }
        LoadDriver.Step app;
        AuditBacklogProbe.Backlog backlog;
        try (AuditBacklogProbe probe = new AuditBacklogProbe(owner)) {
            probe.awaitSealed();
            probe.start();
            app = driver.run(web);
            backlog = probe.stop();
        }
        LoadDriver.Step alone = driver.run(sql);
        double statements = recorded.stream().mapToInt(RecordedRequest::statements).average().orElse(0);
        double transactions = recorded.stream().mapToInt(RecordedRequest::transactions).average().orElse(0);
        System.out.printf("%s, %d connections: %.1f/s app, %.1f/s SQL%n", page.name(), sessions.size(),
                app.perSecond(), alone.perSecond());
        return new StepResult(page, sessions.size(), app, alone, backlog, statements, transactions);
    }

    /** One client's requests, each recorded alone after a few unrecorded ones (a warm session, warm caches). */
    private List<RecordedRequest> record(BenchPage page, WebSession session) throws InterruptedException {
        for (int n = 0; n < 3; n++) {
            session.get(page.path(n), page.accept());
        }
        List<RecordedRequest> recorded = new ArrayList<>();
        for (int n = 0; n < Math.min(RECORDED_PER_PAGE, page.recordedPaths().size()); n++) {
            capture.start();
            int status = session.get(page.recordedPath(n), page.accept()).statusCode();
            Thread.sleep(200); // what the request thread still does after the response (the session's save)
            RecordedRequest request = capture.stop();
            if (status != 200 || request.statements() == 0) {
                throw new IllegalStateException(page.recordedPath(n) + " answered " + status + " after "
                        + request.statements() + " statements; nothing to replay");
            }
            recorded.add(request);
        }
        return recorded;
    }
}
