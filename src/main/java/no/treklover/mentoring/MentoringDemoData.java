package no.treklover.mentoring;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import no.treklover.demo.DemoDataContributor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo content of the mentor's workspace for Kaja's process (mentor = demo user "mentor"): two guide steps done, a
 * weekly plan, a few mastery entries, and a question with the counsellor's answer. The workspace opens only after
 * the mentor's confidentiality declaration; when no demo agreement of Kaja's process has it signed, this adds one
 * minimal agreement row with the declaration signed (and nothing else filled in).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class MentoringDemoData implements DemoDataContributor {

    @Override
    public void contribute(JdbcTemplate jdbc, LocalDate today) {
        List<Long> kaja = jdbc.queryForList("""
                select p.id from inclusion_process p join app_user c on c.candidate_id = p.candidate_id
                 join app_user m on m.id = p.mentor_user_id
                 where c.username = 'kandidat' and m.username = 'mentor' and p.open
                 order by p.id limit 1""", Long.class);
        if (kaja.isEmpty()) {
            return;
        }
        long process = kaja.get(0);
        long mentor = jdbc.queryForObject("select id from app_user where username = 'mentor'", Long.class);
        long candidateUser = jdbc.queryForObject("select id from app_user where username = 'kandidat'", Long.class);
        Long counsellor = jdbc.queryForObject("select counsellor_id from inclusion_process where id = ?", Long.class,
                process);
        Timestamp now = Timestamp.from(today.atTime(9, 0).atZone(MentoringCases.OSLO).toInstant());

        Boolean signed = jdbc.queryForObject("""
                select exists (select 1 from mentor_agreement where process_id = ? and mentor_user_id = ?
                                 and mentor_signed_confidentiality_at is not null)""", Boolean.class, process, mentor);
        if (!Boolean.TRUE.equals(signed)) {
            jdbc.update("""
                    insert into mentor_agreement (process_id, candidate_id, office_id, employer_id, mentor_user_id,
                                                  mentor_signed_confidentiality_at, last_touched_at, created_at)
                    select id, candidate_id, office_id, employer_id, mentor_user_id, ?, ?, ?
                      from inclusion_process where id = ? and employer_id is not null""",
                    Timestamp.from(now.toInstant().minusSeconds(14 * 86400)), now,
                    Timestamp.from(now.toInstant().minusSeconds(15 * 86400)), process);
        }

        jdbc.update("""
                insert into mentoring_step (process_id, step, note, done_on, updated_by, updated_at, version)
                values (?, 1, 'Vi spiste lunsj sammen første dag og snakket om hva Kaja liker å gjøre.', ?, ?, ?, 1),
                       (?, 2, 'Ukeplan laget sammen. Kaja vil prøve kassa etter hvert.', ?, ?, ?, 1)
                on conflict do nothing""",
                process, today.minusDays(14), mentor, now, process, today.minusDays(10), mentor, now);

        jdbc.update("""
                insert into weekly_plan (process_id, include_weekend, updated_by, updated_at, version)
                values (?, false, ?, ?, 1) on conflict do nothing""", process, mentor, now);
        Object[][] items = {
            {DayOfWeek.MONDAY, "08:00", "10:00", "Bake brød sammen med mentor", false},
            {DayOfWeek.MONDAY, "10:00", "10:15", "Pause", true},
            {DayOfWeek.MONDAY, "10:15", "12:00", "Fylle opp hyllene i butikken", false},
            {DayOfWeek.TUESDAY, "08:00", "11:00", "Pakke bestillinger", false},
            {DayOfWeek.TUESDAY, "11:00", "11:30", "Pause og lunsj", true},
            {DayOfWeek.WEDNESDAY, "09:00", "12:00", "Lære kassa med mentor", false},
            {DayOfWeek.THURSDAY, "08:00", "12:00", "Bake boller", false},
            {DayOfWeek.FRIDAY, "08:00", "10:00", "Rydde og vaske bakeriet", false},
            {DayOfWeek.FRIDAY, "10:00", "10:30", "Ukeprat med mentor: hva gikk bra?", false},
        };
        for (int i = 0; i < items.length; i++) {
            jdbc.update("""
                    insert into weekly_plan_item (process_id, weekday, position, starts_at, ends_at, activity, is_break)
                    select ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from weekly_plan_item where process_id = ?
                                                                   and position = ?)""",
                    process, ((DayOfWeek) items[i][0]).name(), i, LocalTime.parse((String) items[i][1]),
                    LocalTime.parse((String) items[i][2]), items[i][3], items[i][4], process, i);
        }

        jdbc.update("""
                insert into mastery_entry (process_id, entry_date, went_well, was_hard, author_user_id, created_at)
                values (?, ?, 'Kaja bakte et helt brett med brød på egen hånd.', null, ?, ?),
                       (?, ?, 'Jeg hilste på alle kollegaene.', 'Det var mye lyd i butikken.', ?, ?),
                       (?, ?, 'Første gang i kassa gikk fint.', 'Vanskelig å huske kodene på brødene.', ?, ?)""",
                process, today.minusDays(9), mentor, now, process, today.minusDays(7), candidateUser, now,
                process, today.minusDays(3), mentor, now);

        if (counsellor != null) {
            ZonedDateTime asked = today.minusDays(6).atTime(13, 10).atZone(MentoringCases.OSLO);
            Long question = jdbc.queryForObject("""
                    insert into mentoring_question (process_id, asked_by, counsellor_user_id, body, asked_at,
                                                    first_answered_at)
                    values (?, ?, ?, ?, ?, ?) returning id""", Long.class, process, mentor, counsellor,
                    "Kaja virker veldig trøtt om morgenen. Kan vi starte klokka ni i stedet for åtte noen dager?",
                    Timestamp.from(asked.toInstant()), Timestamp.from(asked.plusHours(3).toInstant()));
            jdbc.update("""
                    insert into mentoring_answer (question_id, author_user_id, body, answered_at)
                    values (?, ?, ?, ?)""", question, counsellor,
                    "Ja, det er helt i orden. Prøv oppstart klokka ni på mandag og tirsdag, så tar vi det opp i "
                            + "trekløversamtalen neste uke.",
                    Timestamp.from(asked.plusHours(3).toInstant()));
        }
    }
}
