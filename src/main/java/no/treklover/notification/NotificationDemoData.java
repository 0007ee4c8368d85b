package no.treklover.notification;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import no.treklover.demo.DemoDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A notification for veileder that asks her to act (a follow-up is due), so the badge and the list show in the demo.
 * Notifications that ask nobody to act (a welcome, news about features) are not made: the list is for whose turn it
 * is.
 */
@Component
class NotificationDemoData implements DemoDataContributor {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Override
    public void contribute(JdbcTemplate jdbc, LocalDate today) {
        List<Long> veileder = jdbc.queryForList("select id from app_user where username = 'veileder'", Long.class);
        if (veileder.isEmpty()) {
            return;
        }
        long user = veileder.get(0);
        List<Object[]> kaja = jdbc.query("""
                select p.id, c.first_name from app_user u join inclusion_process p on p.candidate_id = u.candidate_id
                and p.open join candidate c on c.id = p.candidate_id where u.username = 'kandidat'""",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)});
        if (!kaja.isEmpty()) {
            long process = (Long) kaja.get(0)[0];
            String firstName = (String) kaja.get(0)[1];
            jdbc.update("""
                    insert into notification (recipient_id, message_key, arguments, link, process_id, created_at)
                    values (?, 'notification.demo.followUp', cast(? as text[]), ?, ?, ?)""",
                    user, NotificationStore.arrayLiteral(List.of(firstName)), "/processes/" + process, process,
                    Timestamp.from(today.atTime(LocalTime.of(7, 45)).atZone(OSLO).toInstant()));
        }
    }
}
