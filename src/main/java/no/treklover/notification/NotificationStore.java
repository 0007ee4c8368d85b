package no.treklover.notification;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification table, in plain SQL: every query is by recipient and uses its index. */
@Repository
class NotificationStore {

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores it unless the recipient does not exist (empty then): a bad request must not abort the publisher's
     * transaction with a foreign-key error. A process that does not exist is stored as none.
     */
    Optional<Long> insert(NotificationRequested request, String messageKey, String link, Instant now) {
        return jdbc.sql("""
                        insert into notification (recipient_id, message_key, arguments, link, process_id, created_at)
                        select :recipient, :key, cast(:arguments as text[]), :link,
                               (select id from inclusion_process where id = :process), :now
                        where exists (select 1 from app_user where id = :recipient)
                        returning id""")
                .param("recipient", request.recipientUserId())
                .param("key", messageKey)
                .param("arguments", arrayLiteral(request.arguments()))
                .param("link", link)
                .param("process", request.processId())
                .param("now", Timestamp.from(now))
                .query(Long.class).optional();
    }

    List<Notification> page(long recipient, int page, int size) {
        return jdbc.sql("""
                        select * from notification where recipient_id = :recipient
                        order by created_at desc, id desc limit :size offset :offset""")
                .param("recipient", recipient).param("size", size).param("offset", (long) page * size)
                .query(NotificationStore::map).list();
    }

    long count(long recipient) {
        return jdbc.sql("select count(*) from notification where recipient_id = :recipient")
                .param("recipient", recipient).query(Long.class).single();
    }

    /** The header badge: one count over the partial index of unread notifications. */
    long unread(long recipient) {
        return jdbc.sql("select count(*) from notification where recipient_id = :recipient and read_at is null")
                .param("recipient", recipient).query(Long.class).single();
    }

    Optional<Notification> find(long recipient, long id) {
        return jdbc.sql("select * from notification where id = :id and recipient_id = :recipient")
                .param("id", id).param("recipient", recipient).query(NotificationStore::map).optional();
    }

    boolean markRead(long recipient, long id, Instant now) {
        return jdbc.sql("""
                        update notification set read_at = coalesce(read_at, :now)
                        where id = :id and recipient_id = :recipient""")
                .param("now", Timestamp.from(now)).param("id", id).param("recipient", recipient).update() == 1;
    }

    int markAllRead(long recipient, Instant now) {
        return jdbc.sql("update notification set read_at = :now where recipient_id = :recipient and read_at is null")
                .param("now", Timestamp.from(now)).param("recipient", recipient).update();
    }

    /** The recipient's e-mail address, if any (only enabled accounts get mail). */
    Optional<String> emailOf(long userId) {
        return jdbc.sql("select email from app_user where id = :id and enabled and email is not null and email <> ''")
                .param("id", userId).query(String.class).optional();
    }

    /** The language the recipient reads in (app_user.language: nb, or what the candidate chose). */
    Optional<String> languageOf(long userId) {
        return jdbc.sql("select language from app_user where id = :id").param("id", userId).query(String.class)
                .optional();
    }

    void markEmailed(long id, Instant now) {
        jdbc.sql("update notification set emailed_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    private static Notification map(ResultSet rs, int row) throws SQLException {
        Array array = rs.getArray("arguments");
        List<String> arguments = array == null ? List.of() : Arrays.asList((String[]) array.getArray());
        Timestamp read = rs.getTimestamp("read_at");
        Object process = rs.getObject("process_id");
        return new Notification(rs.getLong("id"), rs.getLong("recipient_id"), rs.getString("message_key"),
                List.copyOf(arguments), rs.getString("link"), process == null ? null : ((Number) process).longValue(),
                rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
    }

    /** A PostgreSQL array literal, each element quoted and escaped, so no argument can break out of it. */
    static String arrayLiteral(List<String> values) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String v = values.get(i) == null ? "" : values.get(i);
            sb.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return sb.append('}').toString();
    }
}
