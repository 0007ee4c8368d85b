package no.treklover.platform.database;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on the embedded data directory by an app that died without stopping it ({@code kill -9},
 * an out-of-memory kill). It still holds the directory, so a new server cannot start there. Before the embedded
 * server starts, {@link #stopIfRunning} stops such a server with a fast shutdown (its clients died with the app),
 * which checkpoints everything it acknowledged; then the new server starts with this run's settings.
 *
 * <p>A live app on the same directory keeps zonky's lock file locked; then nothing is touched and the start fails.
 * A {@code postmaster.pid} whose process is gone is left to PostgreSQL, which replaces it; one whose number now
 * belongs to some other program would make PostgreSQL refuse to start, so it is removed.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    static final String PID_FILE = "postmaster.pid";
    /** zonky's lock file, held by the JVM whose embedded server uses the directory. */
    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private OrphanedPostmaster() {
    }

    /** Stops an orphaned server on {@code dataDirectory}; true when there was one. */
    static boolean stopIfRunning(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        Optional<String> command = process.get().info().command();
        if (command.isPresent() && !isPostgres(command.get())) {
            log.warn("{} names process {}, which is {}, not PostgreSQL: removing the stale file", pidFile, pid.get(),
                    command.get());
            delete(pidFile);
            return false;
        }
        if (servesOtherDirectory(process.get(), dataDirectory)) {
            log.warn("{} names process {}, a PostgreSQL for another data directory: removing the stale file",
                    pidFile, pid.get());
            delete(pidFile);
            return false;
        }
        requireNoLiveOwner(dataDirectory);
        log.warn("An embedded PostgreSQL (process {}) is still running on {} after the app stopped without stopping"
                + " it; shutting it down before starting again", pid.get(), dataDirectory);
        stop(process.get(), command, dataDirectory);
        return true;
    }

    static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + pidFile, e);
        }
    }

    private static boolean isPostgres(String command) {
        String name = Path.of(command).getFileName().toString();
        return name.equals("postgres") || name.equals("postgres.exe");
    }

    /** Only when the process's arguments are visible and name a different {@code -D}; unknown counts as ours. */
    private static boolean servesOtherDirectory(ProcessHandle process, Path dataDirectory) {
        Optional<String[]> arguments = process.info().arguments();
        if (arguments.isEmpty()) {
            return false;
        }
        String[] args = arguments.get();
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("-D")) {
                return !sameDirectory(Path.of(args[i + 1]), dataDirectory);
            }
        }
        return false;
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static void requireNoLiveOwner(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(ZONKY_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileOutputStream stream = new FileOutputStream(lockFile.toFile(), true);
                FileLock lock = stream.getChannel().tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another running app uses the embedded database in " + dataDirectory
                        + "; stop it first or set TREKLOVER_DATA_DIR to another directory");
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("This app already runs an embedded database in " + dataDirectory, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check the lock on " + lockFile, e);
        }
    }

    private static void stop(ProcessHandle postmaster, Optional<String> command, Path dataDirectory) {
        Optional<Path> pgCtl = command.map(c -> Path.of(c).resolveSibling(
                        c.endsWith(".exe") ? "pg_ctl.exe" : "pg_ctl"))
                .filter(Files::isExecutable);
        if (pgCtl.isPresent()) {
            runPgCtlStop(pgCtl.get(), dataDirectory);
        } else {
            // SIGTERM: a smart shutdown, which ends at once because the dead app's connections are gone.
            postmaster.destroy();
        }
        try {
            postmaster.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the orphaned PostgreSQL", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The orphaned PostgreSQL (process " + postmaster.pid() + ") on "
                    + dataDirectory + " did not stop within " + SHUTDOWN_WAIT.toSeconds() + " s", e);
        }
    }

    private static void runPgCtlStop(Path pgCtl, Path dataDirectory) {
        try {
            Process process = new ProcessBuilder(asZonkyRuns(pgCtl.toString(), "stop", "-D", dataDirectory.toString(),
                    "-m", "fast", "-w", "-t", Long.toString(SHUTDOWN_WAIT.toSeconds())))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes()).trim();
            if (process.waitFor() != 0) {
                log.warn("pg_ctl stop on {} failed: {}", dataDirectory, output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + pgCtl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the orphaned PostgreSQL", e);
        }
    }

    /** PostgreSQL refuses to run as root; as root zonky runs its binaries in a user namespace, and so must we. */
    static List<String> asZonkyRuns(String... command) {
        List<String> full = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            full.addAll(List.of("unshare", "-U"));
        }
        full.addAll(List.of(command));
        return full;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + file, e);
        }
    }
}
