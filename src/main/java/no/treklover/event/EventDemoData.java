package no.treklover.event;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import no.treklover.demo.DemoDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One published «Ta sjansen» job fair of NAV Grünerløkka with the Arbeidslivssenter Oslo in two weeks (four employers,
 * the demo employer's representative's organisation among them, 30-minute slots with a lunch break, a few bookings
 * of the office's cases, one employer full with a waiting list) and one held employer breakfast last week with its
 * attendance list. Kaja (the demo candidate) is not booked, so she can be booked afresh.
 */
@Component
class EventDemoData implements DemoDataContributor {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Override
    public void contribute(JdbcTemplate jdbc, LocalDate today) {
        List<Long> users = jdbc.queryForList("select id from app_user where username in ('markedskontakt') ",
                Long.class);
        Long ownEmployer = jdbc.query("select employer_id from app_user where username = 'arbeidsgiver'",
                rs -> rs.next() ? (Long) rs.getObject(1) : null);
        if (users.isEmpty() || ownEmployer == null) {
            return;
        }
        long organiser = users.get(0);
        List<Long> employers = jdbc.queryForList("""
                select id from employer where id <> ? order by id limit 5""", Long.class, ownEmployer);
        List<long[]> cases = jdbc.query("""
                select p.id, p.candidate_id, p.counsellor_id from inclusion_process p
                 where p.open and p.office_id = '0315'
                   and not exists (select 1 from app_user u where u.candidate_id = p.candidate_id)
                 order by p.id limit 6""", (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        if (employers.size() < 5 || cases.size() < 6) {
            return;
        }
        Instant now = Instant.now();
        LocalDate fairDay = today.plusDays(14);
        long fair = event(jdbc, "JOB_FAIR", "Ta sjansen – jobbmesse på Grünerløkka", fairDay, LocalTime.of(9, 0),
                LocalTime.of(14, 0), "Grünerløkka samfunnshus, Olaf Ryes plass 2", "PUBLISHED", 4, 2, organiser, now);
        jdbc.update("insert into event_office (event_id, office_id, role) values (?, '0391', 'CO_ORGANISER')", fair);
        jdbc.update("insert into event_office (event_id, office_id, role) values (?, '0315', 'INVITED')", fair);
        jdbc.update("insert into event_office (event_id, office_id, role) values (?, '4614', 'INVITED')", fair);
        String[] tasks = {"Varemottak, plukk og pakk", "Kasse og varepåfylling", "Kjøkkenassistent og oppvask",
                "Renhold på dagtid"};
        long[] parts = new long[4];
        List<Long> partEmployers = List.of(ownEmployer, employers.get(0), employers.get(1), employers.get(2));
        for (int i = 0; i < 4; i++) {
            parts[i] = part(jdbc, fair, partEmployers.get(i), tasks[i], organiser, now);
            // two hours of 30-minute interviews before lunch; the third employer only one hour (it fills up)
            LocalTime start = LocalTime.of(9, 0);
            LocalTime end = i == 2 ? LocalTime.of(10, 0) : LocalTime.of(11, 0);
            for (LocalTime t = start; t.isBefore(end); t = t.plusMinutes(30)) {
                slot(jdbc, parts[i], fairDay, t);
            }
        }
        // bookings: the representative's organisation has two candidates; the third employer is full
        book(jdbc, fair, parts[0], 0, cases.get(0), now);
        book(jdbc, fair, parts[0], 1, cases.get(1), now);
        book(jdbc, fair, parts[1], 2, cases.get(2), now);
        book(jdbc, fair, parts[2], 0, cases.get(3), now);
        book(jdbc, fair, parts[2], 1, cases.get(4), now);
        jdbc.update("""
                insert into event_waiting (event_employer_id, process_id, candidate_id, added_by, added_at)
                values (?, ?, ?, ?, ?)""", parts[2], cases.get(5)[0], cases.get(5)[1], cases.get(5)[2],
                Timestamp.from(now));

        LocalDate breakfastDay = today.minusDays(7);
        long breakfast = event(jdbc, "BREAKFAST", "Frokostmøte: inkludering i varehandelen", breakfastDay,
                LocalTime.of(8, 0), LocalTime.of(9, 30), "Kafé Løkka, Thorvald Meyers gate 40", "HELD", 4, 2,
                organiser, now);
        jdbc.update("insert into event_office (event_id, office_id, role) values (?, '0315', 'INVITED')", breakfast);
        for (int i = 0; i < 4; i++) {
            long p = part(jdbc, breakfast, employers.get(i + 1), null, organiser, now);
            jdbc.update("update event_employer set attended = ? where id = ?", i != 2, p);
        }
    }

    private static long event(JdbcTemplate jdbc, String type, String title, LocalDate day, LocalTime from,
            LocalTime to, String venue, String state, int perEmployer, int perCandidate, long by, Instant now) {
        return jdbc.queryForObject("""
                insert into event (type, title, starts_at, ends_at, venue, organiser_office_id, state,
                                   max_candidates_per_employer, max_employers_per_candidate, created_by, created_at)
                values (?, ?, ?, ?, ?, '0315', ?, ?, ?, ?, ?) returning id""", Long.class, type, title,
                ts(day, from), ts(day, to), venue, state, perEmployer, perCandidate, by, Timestamp.from(now));
    }

    private static long part(JdbcTemplate jdbc, long event, long employer, String tasks, long by, Instant now) {
        return jdbc.queryForObject("""
                insert into event_employer (event_id, employer_id, tasks, added_by, added_at)
                values (?, ?, ?, ?, ?) returning id""", Long.class, event, employer, tasks, by, Timestamp.from(now));
    }

    private static void slot(JdbcTemplate jdbc, long part, LocalDate day, LocalTime at) {
        jdbc.update("insert into event_slot (event_employer_id, starts_at, ends_at) values (?, ?, ?)", part,
                ts(day, at), ts(day, at.plusMinutes(30)));
    }

    private static void book(JdbcTemplate jdbc, long event, long part, int slotIndex, long[] process, Instant now) {
        long slot = jdbc.queryForObject("select id from event_slot where event_employer_id = ? order by starts_at "
                + "offset ? limit 1", Long.class, part, slotIndex);
        jdbc.update("""
                insert into event_booking (event_id, event_employer_id, slot_id, process_id, candidate_id, booked_by,
                                           booked_at)
                values (?, ?, ?, ?, ?, ?, ?)""", event, part, slot, process[0], process[1], process[2],
                Timestamp.from(now));
    }

    private static Timestamp ts(LocalDate day, LocalTime at) {
        return Timestamp.from(day.atTime(at).atZone(OSLO).toInstant());
    }
}
