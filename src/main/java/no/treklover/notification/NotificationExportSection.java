package no.treklover.notification;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import no.treklover.privacy.ExportContent;
import no.treklover.privacy.ExportRecord;
import no.treklover.privacy.ExportSection;
import no.treklover.privacy.ExportSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notifications sent to the candidate's own accounts, for the data export (GDPR art. 15): the text as she saw
 * it, when it came, when she read it and when it was e-mailed. Notifications to other people about her process are
 * theirs; what they tell is in the sections of the features that sent them.
 */
@Component
class NotificationExportSection implements ExportSection {

    private final JdbcClient jdbc;
    private final NotificationTexts texts;

    NotificationExportSection(JdbcClient jdbc, NotificationTexts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public ExportContent collect(ExportSubject subject) {
        return ExportContent.lines(jdbc.sql("""
                        select n.process_id, n.message_key, n.arguments, n.created_at, n.read_at, n.emailed_at
                        from notification n
                        where n.recipient_id in (select u.id from app_user u
                                                 where u.candidate_id = :id and u.role = 'CANDIDATE')
                        order by n.created_at, n.id""")
                .param("id", subject.candidateId())
                .query((rs, n) -> {
                    Array array = rs.getArray("arguments");
                    List<String> arguments = array == null ? List.of() : Arrays.asList((String[]) array.getArray());
                    Object process = rs.getObject("process_id");
                    return new ExportRecord()
                            .field("createdAt", instant(rs.getTimestamp("created_at")))
                            .field("processId", process == null ? null : ((Number) process).longValue())
                            .field("notificationText", texts.text(rs.getString("message_key"), arguments))
                            .field("notificationReadAt", instant(rs.getTimestamp("read_at")))
                            .field("notificationEmailedAt", instant(rs.getTimestamp("emailed_at")));
                })
                .list());
    }

    private static Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
