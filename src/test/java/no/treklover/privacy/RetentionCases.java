package no.treklover.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import no.treklover.identifiers.NationalId;
import no.treklover.support.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Candidates with processes that ended at a given time, written straight to the database as history would be. */
final class RetentionCases {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final JdbcClient jdbc;
    private final String passwordHash;

    RetentionCases(JdbcClient jdbc, String passwordHash) {
        this.jdbc = jdbc;
        this.passwordHash = passwordHash;
    }

    /** A candidate of veileder's office with full personal details and a login "ret-{id}" (password demo). */
    long candidate() {
        String nationalId = TestPeople.newNationalId();
        long id = jdbc.sql("""
                        insert into candidate (national_id, birth_date, first_name, last_name, phone, email, office_id,
                                               counsellor_id, effort_group, wishes, interests, strengths, experience,
                                               education, adaptation_needs)
                        select :nationalId, :birthDate, 'Åse', 'Ørnulfsen', '912 34 567', 'ase@example.no', '0315', id,
                               'SPESIELT_TILPASSET_INNSATS', 'Bakeri', 'Brød', 'Presis', 'Lager', 'Videregående',
                               'Rolige omgivelser'
                        from app_user where username = 'veileder'
                        returning id""")
                .param("nationalId", nationalId)
                .param("birthDate", NationalId.parse(nationalId).orElseThrow().birthDate())
                .query(Long.class).single();
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, office_id, candidate_id,
                                              email, phone)
                        values (:username, :hash, 'Åse Ørnulfsen', 'CANDIDATE', '0315', :id, 'ase@example.no',
                                '912 34 567')""")
                .param("username", "ret-" + id).param("hash", passwordHash).param("id", id).update();
        return id;
    }

    /** A process that reached Avslutning (or Etterkontroll) and ended on {@code endDate}, or when it closed if null. */
    long closedProcess(long candidateId, String phase, LocalDate endDate, Instant closedAt) {
        long id = process(candidateId, phase, false, endDate, closedAt);
        event(id, closedAt, "PHASE_FORWARD", "FOLLOW_UP", "CLOSURE", "Åse fikk fast jobb i bakeriet");
        return id;
    }

    long openProcess(long candidateId, Instant since) {
        return process(candidateId, "ASSESSMENT", true, null, since);
    }

    private long process(long candidateId, String phase, boolean open, LocalDate endDate, Instant phaseChangedAt) {
        Instant created = phaseChangedAt.minusSeconds(200L * 24 * 3600);
        long id = jdbc.sql("""
                        insert into inclusion_process (candidate_id, counsellor_id, office_id, phase, phase_changed_at,
                               open, employer_id, counsellor_knew_employer, attachment_at_start, initiative,
                               mentor_name, mentor_phone, mentor_email, mentor_role, goals, start_date, end_date,
                               outcome, outcome_note, follow_up_status, next_action, next_action_due, created_at,
                               updated_at)
                        select :candidateId, c.counsellor_id, c.office_id, :phase, :phaseChangedAt, :open,
                               (select min(id) from employer), true, 'WORK_TRAINING', 'EMPLOYER', 'Mona Mentor',
                               '913 45 678', 'mona@bakeri.no', 'Bakermester', 'Lære varemottak', :startDate,
                               :endDate, case when :open then null else 'ORDINARY_JOB' end, 'Fast stilling',
                               case when :open then null else 'STILL_EMPLOYED' end, 'Ringe Åse', :startDate,
                               :createdAt, :phaseChangedAt
                        from candidate c where c.id = :candidateId
                        returning id""")
                .param("candidateId", candidateId).param("phase", phase)
                .param("phaseChangedAt", phaseChangedAt.atOffset(ZoneOffset.UTC)).param("open", open)
                .param("startDate", LocalDate.ofInstant(created, OSLO).plusDays(30)).param("endDate", endDate)
                .param("createdAt", created.atOffset(ZoneOffset.UTC))
                .query(Long.class).single();
        jdbc.sql("""
                        insert into process_measure (process_id, type, start_date, end_date, created_at)
                        values (:id, 'MENTOR', :start, :end, :at)""")
                .param("id", id).param("start", LocalDate.ofInstant(created, OSLO).plusDays(30))
                .param("end", endDate).param("at", created.atOffset(ZoneOffset.UTC)).update();
        event(id, created, "CREATED", null, "ASSESSMENT", "Henvist fra Åses fastlege");
        event(id, created.plusSeconds(3600), "DETAILS_UPDATED", null, null, "goals,mentorName");
        event(id, created.plusSeconds(7200), "MEASURE_ADDED", null, null, "MENTOR");
        return id;
    }

    private void event(long processId, Instant at, String type, String from, String to, String comment) {
        jdbc.sql("""
                        insert into process_event (process_id, occurred_at, actor_id, type, from_phase, to_phase,
                                                   comment)
                        select :processId, :at, id, :type, :from, :to, :comment from app_user
                        where username = 'veileder'""")
                .param("processId", processId).param("at", at.atOffset(ZoneOffset.UTC)).param("type", type)
                .param("from", from).param("to", to).param("comment", comment).update();
    }
}
