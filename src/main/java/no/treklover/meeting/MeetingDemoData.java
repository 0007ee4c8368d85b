package no.treklover.meeting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.treklover.demo.DemoDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo meetings for Kaja's process: a held start-up meeting, a held cloverleaf talk with action items and her
 * feedback, a follow-up meeting four days ago she can still give feedback on, one to come.
 */
@Component
class MeetingDemoData implements DemoDataContributor {

    @Override
    public void contribute(JdbcTemplate jdbc, LocalDate today) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select p.id as process_id, p.counsellor_id, p.mentor_user_id, k.id as candidate_user_id,
                       c.first_name || ' ' || c.last_name as candidate_name, cu.display_name as counsellor_name,
                       coalesce(p.mentor_name, mu.display_name) as mentor_name
                from app_user k
                join candidate c on c.id = k.candidate_id
                join inclusion_process p on p.candidate_id = c.id and p.open
                join app_user cu on cu.id = p.counsellor_id
                left join app_user mu on mu.id = p.mentor_user_id
                where k.username = 'kandidat'""");
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Object> kaja = rows.get(0);
        long process = ((Number) kaja.get("process_id")).longValue();
        long counsellor = ((Number) kaja.get("counsellor_id")).longValue();
        Long mentor = kaja.get("mentor_user_id") == null ? null : ((Number) kaja.get("mentor_user_id")).longValue();
        long candidateUser = ((Number) kaja.get("candidate_user_id")).longValue();
        Object[][] participants = {
                {"CANDIDATE", kaja.get("candidate_name"), candidateUser},
                {"MENTOR", kaja.get("mentor_name") != null ? kaja.get("mentor_name") : "Mentor", mentor},
                {"COUNSELLOR", kaja.get("counsellor_name"), counsellor},
        };
        meeting(jdbc, process, counsellor, "OPPSTARTSMOTE", "HELD", today.minusWeeks(7),
                "WORKPLACE", "Bakeri Solsiden, pauserommet",
                "Vi gikk gjennom arbeidsoppgavene i bakeriet og hvordan de første ukene skal se ut.",
                "Kaja starter med tre dager i uken, fire timer om dagen.",
                new String[] {"Fast jobb som bakeriarbeider innen ett år.",
                        "Uke 1–2: pakking og rydding. Uke 3–6: enkel baking sammen med mentor.",
                        "Mandag, onsdag og fredag 08–12. Lunsj sammen med mentor.",
                        "Mentor lærer opp og gir tilbakemelding hver dag. Leder har ansvar for arbeidstid. "
                                + "Veileder følger opp hver fjerde uke."}, participants);
        long talk = meeting(jdbc, process, counsellor, "TREKLOVERSAMTALE", "HELD", today.minusWeeks(3),
                "WORKPLACE", "Bakeri Solsiden",
                "Det går bra. Kaja mestrer pakkingen og har begynt å bake rundstykker. Hun er sliten etter lange dager.",
                "Vi prøver kortere dager i to uker.", null, participants);
        jdbc.update("insert into meeting_action_item (meeting_id, text, owner, due_date) values (?, ?, ?, ?)", talk,
                "Lage ny ukeplan med kortere dager", "Mentor", today.minusWeeks(2));
        jdbc.update("insert into meeting_action_item (meeting_id, text, owner, due_date, done, done_at) "
                + "values (?, ?, ?, ?, true, now())", talk, "Sjekke ut kurs i hygiene", "Veileder",
                today.minusWeeks(1));
        // Kaja's feedback on the cloverleaf talk (not yet read by the office), and a talk four days ago she can
        // still give feedback on (14 days after the meeting)
        jdbc.update("""
                        insert into meeting_feedback (meeting_id, candidate_user_id, rating, heard, comment,
                                                      created_at, updated_at)
                        values (?, ?, 'OK', 'PARTLY', ?, ?, ?)""", talk, candidateUser,
                "Det var mange som snakket. Jeg vil gjerne si mer selv neste gang.",
                Timestamp.from(today.minusWeeks(3).atTime(15, 0).atZone(ICalendar.OSLO).toInstant()),
                Timestamp.from(today.minusWeeks(3).atTime(15, 0).atZone(ICalendar.OSLO).toInstant()));
        meeting(jdbc, process, counsellor, "OPPFOLGINGSMOTE", "HELD", today.minusDays(4), "NAV_OFFICE",
                "NAV-kontoret, møterom 2", "Kortere dager fungerer. Kaja er mindre sliten.",
                "Vi fortsetter med kortere dager ut måneden.", null, participants);
        meeting(jdbc, process, counsellor, "TREKLOVERSAMTALE", "PLANNED", today.plusDays(9), "VIDEO",
                "Lenke kommer i invitasjonen", null, null, null, participants);
    }

    private static long meeting(JdbcTemplate jdbc, long process, long counsellor, String type, String status,
            LocalDate day, String channel, String location, String minutes, String decisions, String[] startUp,
            Object[][] participants) {
        Timestamp startsAt = Timestamp.from(day.atTime(LocalTime.of(10, 0)).atZone(ICalendar.OSLO).toInstant());
        Long id = jdbc.queryForObject("""
                        insert into meeting (process_id, type, status, starts_at, duration_minutes, channel, location,
                                             agenda, minutes, decisions, goals, training_plan, weekly_plan, roles,
                                             organizer_id, ical_uid)
                        values (?, ?, ?, ?, 60, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                process, type, status, startsAt, channel, location, DEFAULT_AGENDA.get(type), minutes, decisions,
                startUp == null ? null : startUp[0], startUp == null ? null : startUp[1],
                startUp == null ? null : startUp[2], startUp == null ? null : startUp[3], counsellor,
                UUID.randomUUID() + "@treklover.nav.no");
        int position = 0;
        for (Object[] p : participants) {
            jdbc.update("insert into meeting_participant (meeting_id, position, role, name, user_id) values (?, ?, ?, ?, ?)",
                    id, position++, p[0], p[1], p[2]);
        }
        return id;
    }

    private static final Map<String, String> DEFAULT_AGENDA = Map.of(
            "OPPSTARTSMOTE", "1. Velkommen\n2. Mål\n3. Opplærings- og arbeidsplan\n4. Ukeplan\n5. Roller",
            "TREKLOVERSAMTALE", "1. Hvordan går det?\n2. Oppgaver og mestring\n3. Oppgaver fra forrige møte\n"
                    + "4. Neste møte",
            "OPPFOLGINGSMOTE", "1. Status siden sist\n2. Kortere dager: hvordan går det?\n3. Neste møte");
}
