package no.treklover.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: a crash during a write load loses no acknowledged write, leaves the audit chain intact and is followed by
 * a clean, quick start. The storage stack of the default run ({@link CrashLoadNode}) runs in a JVM of its own, which
 * is killed with SIGKILL; then, in the restarted JVM, the PostgreSQL processes are killed with SIGKILL. Each start
 * checks every write acknowledged before.
 */
class CrashRecoveryTest {

    /** Beside a server left running, the old start waited 60 s and failed. */
    private static final Duration QUICK_RESTART = Duration.ofSeconds(45);
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final int WRITES_BEFORE_KILL = 300;

    @TempDir
    Path directory;

    private final List<Node> nodes = new ArrayList<>();

    @AfterEach
    void killWhatIsLeft() {
        nodes.forEach(node -> node.process.destroyForcibly());
        postmasterIfAlive().ifPresent(CrashRecoveryTest::killTree);
    }

    @Test
    void killingTheAppOrItsDatabaseDuringWritesLosesNoAcknowledgedWrite() throws Exception {
        Path data = directory.resolve("postgres");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();

        Node first = start(data, acknowledged, "load");
        first.awaitAcknowledged(WRITES_BEFORE_KILL);
        first.process.destroyForcibly().waitFor();
        first.drain();
        assertThat(postmasterIfAlive()).as("killing the JVM leaves its PostgreSQL running").isPresent();

        Node second = start(data, acknowledged, "verify", writeIds(acknowledged), "load");
        assertThat(second.line("LOST ")).as("acknowledged writes lost after killing the app").isEqualTo("0");
        assertThat(second.line("CHAIN ")).startsWith("true ");
        assertThat(second.startup()).as("start-up beside the killed app's server").isLessThan(QUICK_RESTART);
        int beforeSecondLoad = acknowledged.size();
        second.awaitAcknowledged(beforeSecondLoad + WRITES_BEFORE_KILL);
        killTree(postmasterIfAlive().orElseThrow());
        Thread.sleep(500);
        second.process.destroyForcibly().waitFor();
        second.drain();

        Node third = start(data, acknowledged, "verify", writeIds(acknowledged));
        assertThat(third.line("LOST ")).as("acknowledged writes lost after killing PostgreSQL").isEqualTo("0");
        String[] chain = third.line("CHAIN ").split(" ");
        assertThat(chain[0]).as("the audit chain is intact").isEqualTo("true");
        assertThat(Long.parseLong(chain[1])).as("sealed entries").isGreaterThanOrEqualTo(acknowledged.size());
        assertThat(third.startup()).as("start-up after PostgreSQL was killed").isLessThan(QUICK_RESTART);

        third.process.destroy();
        assertThat(third.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(postmasterIfAlive()).as("stopping the app stops its PostgreSQL").isEmpty();
        System.out.printf("crash test: %d acknowledged writes, 0 lost; starts %s, %s, %s%n", acknowledged.size(),
                first.startup(), second.startup(), third.startup());
    }

    private Path writeIds(Set<String> acknowledged) throws IOException {
        return Files.write(Files.createTempFile(directory, "acknowledged", ".txt"), acknowledged);
    }

    private Node start(Path data, Set<String> acknowledged, Object... modes) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx384m",
                "-cp", System.getProperty("java.class.path"),
                CrashLoadNode.class.getName(), data.toString()));
        for (Object mode : modes) {
            command.add(mode.toString());
        }
        Process process = new ProcessBuilder(command)
                .redirectError(directory.resolve("node-" + nodes.size() + ".log").toFile())
                .start();
        Node node = new Node(process, acknowledged, directory.resolve("node-" + nodes.size() + ".log"));
        nodes.add(node);
        return node;
    }

    private Optional<ProcessHandle> postmasterIfAlive() {
        return OrphanedPostmaster.readPid(directory.resolve("postgres").resolve(OrphanedPostmaster.PID_FILE))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive);
    }

    /** SIGKILL to the postmaster and every backend, as the OOM killer or a careless operator would do. */
    private static void killTree(ProcessHandle postmaster) {
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(0, postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        all.forEach(process -> process.onExit().join());
    }

    /** Reads a node's output on a thread of its own: acknowledged ids into the shared set, other lines to a queue. */
    private static final class Node {
        final Process process;
        final Set<String> acknowledged;
        final Path log;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final Thread reader;
        final long startedAt = System.nanoTime();
        volatile Duration ready;

        Node(Process process, Set<String> acknowledged, Path log) {
            this.process = process;
            this.acknowledged = acknowledged;
            this.log = log;
            this.reader = new Thread(this::read);
            reader.start();
        }

        private void read() {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("ACK write-")) {
                        acknowledged.add(line.substring(4));
                    } else if (line.startsWith("READY ")) {
                        ready = Duration.ofNanos(System.nanoTime() - startedAt);
                    } else {
                        lines.add(line);
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
        }

        /** From launching the JVM until the stack is ready: JVM, Spring, PostgreSQL, Flyway's validation. */
        Duration startup() throws Exception {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (ready == null) {
                assertThat(System.nanoTime()).as(() -> failure("never ready")).isLessThan(deadline);
                assertThat(process.isAlive() || ready != null).as(() -> failure("died before it was ready")).isTrue();
                Thread.sleep(50);
            }
            return ready;
        }

        String line(String prefix) throws Exception {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line.substring(prefix.length());
                }
                assertThat(process.isAlive() || !lines.isEmpty()).as(() -> failure("died")).isTrue();
            }
            throw new AssertionError(failure("printed no " + prefix));
        }

        void awaitAcknowledged(int count) throws Exception {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (acknowledged.size() < count) {
                assertThat(System.nanoTime()).as(() -> failure("too few writes")).isLessThan(deadline);
                assertThat(process.isAlive()).as(() -> failure("died during the load")).isTrue();
                Thread.sleep(20);
            }
        }

        /** Acknowledgements still in the pipe when the JVM died count too: the client had them. */
        void drain() throws InterruptedException {
            reader.join(10_000);
        }

        private String failure(String what) {
            try {
                return what + "; the node's log:\n" + Files.readString(log);
            } catch (IOException e) {
                return what;
            }
        }
    }
}
