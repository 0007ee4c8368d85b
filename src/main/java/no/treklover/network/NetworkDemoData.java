package no.treklover.network;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import no.treklover.demo.DemoDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * NAV Grünerløkka's mentor network: the demo mentor and two more (one without a candidate now), a gathering held
 * with attendance and one planned with topic requests, and feedback to NAV in every status, one of them flagged
 * (given 40 days ago, unanswered).
 */
@Component
class NetworkDemoData implements DemoDataContributor {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Override
    public void contribute(JdbcTemplate jdbc, LocalDate today) {
        long leader = jdbc.queryForObject("select id from app_user where username = 'kontorleder'", Long.class);
        long counsellor = jdbc.queryForObject("select id from app_user where username = 'veileder'", Long.class);
        long mona = jdbc.queryForObject("select id from app_user where username = 'mentor'", Long.class);
        long per = mentor(jdbc, "mentor.per", "Per Pedersen", "per.pedersen@eksempel.no");
        long siri = mentor(jdbc, "mentor.siri", "Siri Sæther", "siri.saether@eksempel.no");
        Instant created = at(today.minusMonths(5), LocalTime.of(9, 0));
        long network = jdbc.queryForObject("""
                insert into mentor_network (name, office_id, county, created_by, created_at)
                values ('Mentornettverket Grünerløkka', '0315', null, ?, ?) returning id""", Long.class, leader,
                Timestamp.from(created));
        for (long m : new long[] {mona, per, siri}) {
            jdbc.update("""
                    insert into mentor_network_member (network_id, mentor_user_id, added_by, joined_at)
                    values (?, ?, ?, ?)""", network, m, leader, Timestamp.from(created));
        }
        LocalDate heldOn = today.minusWeeks(6);
        long held = gathering(jdbc, network, leader, "Høstsamling: å sette grenser", heldOn, "Grünerløkka bydelshus",
                "Faglig innspill om grensesetting for mentorer, deretter erfaringsdeling i grupper.", heldOn.minusWeeks(4));
        jdbc.update("""
                insert into gathering_participant (gathering_id, mentor_user_id, reply, replied_at, attended)
                values (?, ?, 'COMING', ?, true), (?, ?, 'COMING', ?, false), (?, ?, 'NOT_COMING', ?, false)""",
                held, mona, ts(heldOn.minusWeeks(3)), held, per, ts(heldOn.minusWeeks(3)), held, siri,
                ts(heldOn.minusWeeks(2)));
        jdbc.update("""
                insert into gathering_topic (gathering_id, asked_by, text, picked, asked_at)
                values (?, ?, 'Hvor mye skal jeg hjelpe til med utenom arbeidstid?', true, ?)""",
                held, mona, ts(heldOn.minusWeeks(3)));
        LocalDate next = GatheringSchedule.suggestNext(heldOn, today);
        long planned = gathering(jdbc, network, leader, "Vintersamling", next, "NAV Grünerløkka, møterom Sagene",
                "Faglig innspill fra NAV om mentortilskudd, dialog om temaene under.", null);
        jdbc.update("""
                insert into gathering_topic (gathering_id, asked_by, text, picked, asked_at)
                values (?, ?, 'Hva gjør jeg når kandidaten ikke møter opp?', false, ?),
                       (?, ?, 'Erfaringer med tilrettelegging i butikk', false, ?)""",
                planned, mona, ts(today.minusDays(3)), planned, per, ts(today.minusDays(2)));
        feedback(jdbc, network, held, mona, "Vi mentorer får vite for sent når kandidaten er syk. Kan NAV si fra samme dag?",
                today.minusDays(40), null, "NEW", null, null, null);
        feedback(jdbc, network, null, per, "Skjemaet for timeregistrering er vanskelig å finne på nav.no.",
                today.minusDays(5), counsellor, "NEW", null, null, null);
        feedback(jdbc, network, held, leader, "Samlingen ønsker at mentorskolen holdes to ganger i året.",
                heldOn, leader, "NOTED", "Vi tar det med i planleggingen av neste år.", null, counsellor);
        feedback(jdbc, network, null, mona, "Startsamtalen bør ha mentoren med fra første dag.",
                today.minusDays(60), counsellor, "CHANGED_PRACTICE",
                "Fra nå inviterer veilederne mentoren til oppstartsmøtet.", null, counsellor);
        feedback(jdbc, network, null, siri, "Mentortilskuddet burde dekke reisetid.",
                today.minusDays(50), leader, "WILL_NOT_CHANGE", "Vi har sett på dette.",
                "Satsene for mentortilskudd fastsettes nasjonalt, ikke av kontoret.", leader);
    }

    private static long mentor(JdbcTemplate jdbc, String username, String name, String email) {
        return jdbc.queryForObject("""
                insert into app_user (username, password_hash, display_name, role, email)
                values (?, null, ?, 'MENTOR', ?) returning id""", Long.class, username, name, email);
    }

    private static long gathering(JdbcTemplate jdbc, long network, long by, String title, LocalDate on, String place,
            String programme, LocalDate invited) {
        return jdbc.queryForObject("""
                insert into network_gathering (network_id, type, title, starts_at, ends_at, place, programme,
                    invited_at, created_by, created_at)
                values (?, 'GATHERING', ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, network, title,
                Timestamp.from(at(on, LocalTime.of(17, 0))), Timestamp.from(at(on, LocalTime.of(19, 0))), place,
                programme, invited == null ? null : ts(invited), by, ts(on.minusWeeks(6)));
    }

    private static void feedback(JdbcTemplate jdbc, long network, Long gathering, long by, String text,
            LocalDate given, Long owner, String status, String response, String reason, Long answeredBy) {
        jdbc.update("""
                insert into network_feedback (network_id, gathering_id, given_by, text, given_at, owner_user_id,
                    status, response, reason, answered_by, answered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", network, gathering, by, text,
                ts(given), owner, status, response, reason, answeredBy,
                response == null ? null : ts(given.plusDays(12)));
    }

    private static Timestamp ts(LocalDate date) {
        return Timestamp.from(at(date, LocalTime.of(10, 0)));
    }

    private static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(OSLO).toInstant();
    }
}
