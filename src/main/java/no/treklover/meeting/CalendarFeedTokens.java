package no.treklover.meeting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret addresses of the personal calendar feeds: a random 32-byte token per user, shown once when made; only its
 * SHA-256 is stored, so a stolen database does not open anyone's calendar. Making a new one revokes the old.
 */
@Component
class CalendarFeedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{43}");

    private final JdbcClient jdbc;

    CalendarFeedTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token for the user, replacing any earlier one; returned in clear text this once. */
    @Transactional
    String rotate(long userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                        insert into meeting_calendar_token (user_id, token_hash, created_at) values (:u, :h, now())
                        on conflict (user_id) do update set token_hash = :h, created_at = now()""")
                .param("u", userId).param("h", hash(token)).update();
        return token;
    }

    @Transactional
    void revoke(long userId) {
        jdbc.sql("delete from meeting_calendar_token where user_id = :u").param("u", userId).update();
    }

    Optional<Instant> createdAt(long userId) {
        return jdbc.sql("select created_at from meeting_calendar_token where user_id = :u").param("u", userId)
                .query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant);
    }

    /** The user whose token this is, if any. */
    Optional<Long> owner(String token) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("select user_id from meeting_calendar_token where token_hash = :h").param("h", hash(token))
                .query(Long.class).optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
