package no.treklover.employer.register;

import java.time.Duration;
import java.time.Instant;

/** One import of a register file as stored in {@code employer_import}, with its counts so far. */
public record ImportJob(long id, RegisterKind kind, String fileName, boolean fullFile, Status status, String startedBy,
        Instant createdAt, Instant startedAt, Instant finishedAt, Long bytesTotal, long bytesRead, long rowsRead,
        long rowsInserted, long rowsUpdated, long rowsUnchanged, long rowsRejected, long markedMissing,
        String failure) {

    public enum Status { QUEUED, RUNNING, SUCCEEDED, FAILED }

    public boolean isDone() {
        return status == Status.SUCCEEDED || status == Status.FAILED;
    }

    /** How far, 0–100: the share of the file's bytes read, 100 once done. */
    public int percent() {
        if (isDone()) {
            return 100;
        }
        if (bytesTotal == null || bytesTotal <= 0) {
            return 0;
        }
        return (int) Math.min(99, bytesRead * 100 / bytesTotal);
    }

    /** Whole seconds from start to end (or to now while it runs). */
    public long elapsedSeconds() {
        if (startedAt == null) {
            return 0;
        }
        return Duration.between(startedAt, finishedAt != null ? finishedAt : Instant.now()).toSeconds();
    }
}
