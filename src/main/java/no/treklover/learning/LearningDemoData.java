package no.treklover.learning;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.treklover.demo.DemoDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * NAV Grünerløkka's learning arenas on first start: a peer group of its counsellors, two reflection notes of Vera
 * Veileder's (one private, one shared with the group) on Kaja's process, an experience exchange held two weeks ago with
 * an anonymised case that is ready, and the next one in ten days with Vera's draft of Kaja's process under review;
 * three agreed changes (one overdue, one done, one open) and ten questions in the bank.
 */
@Component
class LearningDemoData implements DemoDataContributor {

    static final String OFFICE = "0315";

    @Override
    public void contribute(JdbcTemplate jdbc, LocalDate today) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        long vera = userId(jdbc, "veileder");
        long leader = userId(jdbc, "kontorleder");
        List<Long> counsellors = jdbc.queryForList("""
                select id from app_user where office_id = ? and role = 'COUNSELLOR' and id <> ? order by id""",
                Long.class, OFFICE, vera);
        Long group = jdbc.queryForObject("""
                insert into learning_peer_group (office_id, name, created_by, created_at)
                values (?, 'Refleksjonsgruppa på tirsdager', ?, ?) returning id""", Long.class, OFFICE, leader,
                Timestamp.from(now.minus(60, ChronoUnit.DAYS)));
        jdbc.update("insert into learning_peer_group_member (group_id, user_id) values (?, ?)", group, vera);
        counsellors.forEach(c -> jdbc.update(
                "insert into learning_peer_group_member (group_id, user_id) values (?, ?)", group, c));

        Long kajasProcess = jdbc.queryForObject("""
                select p.id from inclusion_process p join app_user u on u.candidate_id = p.candidate_id
                where u.username = 'kandidat' and p.open""", Long.class);
        note(jdbc, kajasProcess, vera, null, now.minus(20, ChronoUnit.DAYS),
                "Jeg foreslo bakeriet fordi det var nær, uten å spørre hva hun selv ønsket.",
                "Vi har en rutine om å finne en arbeidsplass raskt, og jeg kjente lederen der.",
                null,
                "Spørre om ønsker og interesser før jeg foreslår en arbeidsplass.");
        note(jdbc, kajasProcess, vera, group, now.minus(6, ChronoUnit.DAYS),
                "Mentor og arbeidsgiver ble enige om ukeplanen uten at kandidaten var med.",
                "Det gikk fortere slik, og alle ville henne vel.",
                "Hun sa senere at hun ikke visste hva som var forventet av henne.",
                "Invitere kandidaten til møtet om ukeplanen og la henne foreslå oppgavene selv.");

        List<Long> participants = new java.util.ArrayList<>(List.of(leader, vera));
        participants.addAll(counsellors);
        Instant heldAt = today.minusDays(14).atTime(9, 0).atZone(OfficeMeeting.OSLO).toInstant();
        long held = meeting(jdbc, "EXPERIENCE_EXCHANGE", "Erfaringsutveksling: første måned på arbeidsplassen", heldAt,
                "Møterom Akerselva", leader, participants, List.of("Velkommen og runde", "Case: når kandidaten ikke "
                        + "kommer i gang", "Hva tar vi med oss?"),
                "Vi var enige om at kandidaten bør være med når ukeplanen lages, og at vi prøver ut et fast "
                        + "spørsmål om ønsker i kartleggingen.");
        jdbc.update("""
                insert into anonymised_case (meeting_id, author_id, process_id, title, age_decade, industry, phase,
                                             duration_months, measures, outcome, story, question, ready_at, created_at)
                values (?, ?, null, 'En kandidat i 40-årene hos en arbeidsgiver i helse og omsorg', 40,
                        'helse og omsorg', 'FOLLOW_UP', 5, 'MENTOR,WORK_TRAINING', null,
                        'Kandidaten møtte opp de første ukene, men ble borte da mentoren fikk nye oppgaver. Vi oppdaget det '
                        || 'først på oppfølgingsmøtet etter seks uker.',
                        'Hvordan fanger vi opp tidlig at mentoren ikke lenger har tid?', ?, ?)""",
                held, counsellors.isEmpty() ? vera : counsellors.get(0), Timestamp.from(heldAt.minus(1, ChronoUnit.DAYS)),
                Timestamp.from(heldAt.minus(3, ChronoUnit.DAYS)));
        Instant nextAt = today.plusDays(10).atTime(13, 0).atZone(OfficeMeeting.OSLO).toInstant();
        long next = meeting(jdbc, "EXPERIENCE_EXCHANGE", "Erfaringsutveksling: ønsker og interesser", nextAt,
                "Møterom Akerselva", leader, participants, List.of("Runde", "Case fra Vera", "Avtalte endringer"),
                null);
        jdbc.update("""
                insert into anonymised_case (meeting_id, author_id, process_id, title, age_decade, industry, phase,
                                             duration_months, measures, created_at)
                values (?, ?, ?, 'En kandidat hos en arbeidsgiver i varehandel', null, 'varehandel', 'FOLLOW_UP', 3,
                        'MENTOR', ?)""", next, vera, kajasProcess, Timestamp.from(now.minus(1, ChronoUnit.DAYS)));
        change(jdbc, held, "Kandidaten er med når ukeplanen lages, og foreslår oppgaver selv", vera,
                today.minusDays(3), null, null, leader, heldAt);
        change(jdbc, held, "Fast spørsmål om ønsker og interesser i kartleggingen", leader, today.minusDays(2),
                "Spørsmålet er lagt inn i spørsmålsbanken og brukt i fire kartlegginger.", now.minus(2, ChronoUnit.DAYS),
                leader, heldAt);
        change(jdbc, null, "Mentoren får en kontaktperson på kontoret og blir ringt etter to uker",
                counsellors.isEmpty() ? vera : counsellors.get(0), today.plusDays(21), null, null, leader,
                now.minus(5, ChronoUnit.DAYS));
        String[][] questions = {
            {"Hva vil du helst jobbe med, hvis du fikk velge fritt?", "Ønsker", "KARTLEGGING"},
            {"Når har du sist kjent at du mestret noe?", "Mestring", "KARTLEGGING"},
            {"Hva trenger du for å komme deg på jobb hver dag?", "Praktiske forhold", "KARTLEGGING"},
            {"Hvilke arbeidsoppgaver vil du ikke ha?", "Ønsker", "KARTLEGGING"},
            {"Hvem i livet ditt kan støtte deg når det blir tungt?", "Nettverk", "KARTLEGGING"},
            {"Hva har gått bedre enn ventet siden sist?", "Mestring", "FOLLOW_UP"},
            {"Har mentoren tid til deg når du trenger det?", "Mentor", "FOLLOW_UP"},
            {"Er det oppgaver du gjerne vil lære nå?", "Utvikling", "FOLLOW_UP"},
            {"Hva bør arbeidsgiveren vite som den ikke vet i dag?", "Tilrettelegging", "FOLLOW_UP"},
            {"Hvordan har du det på pauserommet?", "Arbeidsmiljø", "FOLLOW_UP"}};
        for (int i = 0; i < questions.length; i++) {
            jdbc.update("""
                    insert into learning_question (office_id, text, theme, purpose, status, proposed_by, created_at)
                    values (?, ?, ?, ?, ?, ?, ?)""", OFFICE, questions[i][0], questions[i][1], questions[i][2],
                    i == 9 ? "PROPOSED" : "ACTIVE", i == 9 ? vera : leader,
                    Timestamp.from(now.minus(40 - i, ChronoUnit.DAYS)));
        }
        meeting(jdbc, "MARKET_MEETING", "Markedsmøte", today.plusDays(3).atTime(8, 30).atZone(OfficeMeeting.OSLO)
                .toInstant(), null, leader, participants, List.of("Nye behov på tavla", "Arbeidsgivere vi har møtt"), null);
    }

    private static void change(JdbcTemplate jdbc, Long meeting, String text, long owner, LocalDate due,
            String followUp, Instant doneAt, long leader, Instant createdAt) {
        jdbc.update("""
                insert into agreed_change (office_id, meeting_id, text, owner_id, due_date, follow_up_note, status,
                                           done_at, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", OFFICE, meeting, text, owner, due, followUp,
                doneAt == null ? "OPEN" : "DONE", doneAt == null ? null : Timestamp.from(doneAt), leader,
                Timestamp.from(createdAt));
    }

    private static long meeting(JdbcTemplate jdbc, String type, String title, Instant startsAt, String place,
            long leader, List<Long> participants, List<String> agenda, String notes) {
        Long id = jdbc.queryForObject("""
                insert into office_meeting (office_id, type, title, starts_at, duration_minutes, place, notes,
                                            created_by, created_at)
                values (?, ?, ?, ?, 90, ?, ?, ?, ?) returning id""", Long.class, OFFICE, type, title,
                Timestamp.from(startsAt), place, notes, leader, Timestamp.from(startsAt.minus(20, ChronoUnit.DAYS)));
        participants.forEach(p -> jdbc.update(
                "insert into office_meeting_participant (meeting_id, user_id) values (?, ?)", id, p));
        for (int i = 0; i < agenda.size(); i++) {
            jdbc.update("insert into office_meeting_agenda_item (meeting_id, position, text) values (?, ?, ?)", id,
                    i + 1, agenda.get(i));
        }
        return id;
    }

    private static void note(JdbcTemplate jdbc, long process, long author, Long group, Instant at, String done,
            String why, String happened, String change) {
        jdbc.update("""
                insert into reflection_note (process_id, author_id, peer_group_id, what_was_done, why, what_happened,
                                             what_to_change, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", process, author, group, done, why, happened, change,
                Timestamp.from(at), Timestamp.from(at));
    }

    private static long userId(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }
}
