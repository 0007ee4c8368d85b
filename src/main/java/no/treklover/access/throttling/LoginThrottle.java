package no.treklover.access.throttling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed logins counted in PostgreSQL, so that all app nodes refuse the same username or address. Times are
 * the database's own, so nodes with drifting clocks still agree on when a lock ends. A failure is committed at
 * once in its own transaction: a reading request runs in one transaction (RequestTransactionFilter) that commits
 * only after its 401 has left, or may roll back, and neither may let a guess go uncounted.
 */
@Component
public class LoginThrottle {

    /** A username or client address whose failures are counted; {@code kind} names which, for the log. */
    public record Subject(String kind, String hash, int maxFailures) {
    }

    private final JdbcClient jdbc;
    private final LoginThrottleProperties properties;
    private final TransactionTemplate ownTransaction;

    LoginThrottle(JdbcClient jdbc, LoginThrottleProperties properties, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Subject username(String username) {
        return new Subject("username", hash("user:" + username.strip().toLowerCase(Locale.ROOT)),
                properties.maxFailuresPerUsername());
    }

    public Subject address(String address) {
        return new Subject("client address", hash("address:" + address), properties.maxFailuresPerAddress());
    }

    /** How long the longest lock among these subjects still lasts, if any is locked. */
    public Optional<Duration> lockedFor(List<Subject> subjects) {
        double seconds = jdbc.sql("""
                        select coalesce(extract(epoch from max(locked_until) - now()), 0) from login_throttle
                        where subject_hash in (:hashes) and locked_until > now()""")
                .param("hashes", subjects.stream().map(Subject::hash).toList())
                .query(Double.class).single();
        return remaining(seconds);
    }

    /**
     * Counts one failure; a window older than {@code window} starts over. Returns how long the subject is now
     * locked, if this failure reached the limit.
     */
    public Optional<Duration> recordFailure(Subject subject) {
        Double seconds = ownTransaction.execute(status -> jdbc.sql("""
                        insert into login_throttle as t (subject_hash, failures, window_started_at, locked_until)
                        values (:hash, 1, now(), case when :max <= 1 then now() + :lockSeconds * interval '1 second' end)
                        on conflict (subject_hash) do update set
                            failures = case when t.window_started_at < now() - :windowSeconds * interval '1 second'
                                            then 1 else t.failures + 1 end,
                            window_started_at = case when t.window_started_at < now() - :windowSeconds * interval '1 second'
                                                     then now() else t.window_started_at end,
                            locked_until = case
                                when (case when t.window_started_at < now() - :windowSeconds * interval '1 second'
                                           then 1 else t.failures + 1 end) >= :max
                                then now() + :lockSeconds * interval '1 second'
                                else t.locked_until end
                        returning coalesce(extract(epoch from locked_until - now()), 0)""")
                .param("hash", subject.hash())
                .param("max", subject.maxFailures())
                .param("windowSeconds", properties.window().toSeconds())
                .param("lockSeconds", properties.lockDuration().toSeconds())
                .query(Double.class).single());
        return remaining(seconds);
    }

    /** A successful login forgets the username's failures (never the address's: one good account must not
     *  reset the count for guesses at others). */
    public void reset(Subject subject) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("delete from login_throttle where subject_hash = :hash")
                .param("hash", subject.hash()).update());
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT15M")
    void forgetExpired() {
        jdbc.sql("""
                        delete from login_throttle
                        where window_started_at < now() - :windowSeconds * interval '1 second'
                          and (locked_until is null or locked_until < now())""")
                .param("windowSeconds", properties.window().toSeconds())
                .update();
    }

    private static Optional<Duration> remaining(double seconds) {
        return seconds > 0 ? Optional.of(Duration.ofSeconds((long) Math.ceil(seconds))) : Optional.empty();
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
