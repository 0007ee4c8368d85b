package no.treklover.privacy;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.treklover.support.ApiClient;
import no.treklover.support.IntegrationTest;
import no.treklover.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Retention reaches the follow-up: meetings keep type, time and channel, contacts their date, form and duration,
 * for the cadence and collaboration statistics, the candidate's meeting feedback its answers; minutes, notes, names,
 * notification texts and the feedback's free text go.
 */
@IntegrationTest
class FollowUpAnonymisationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CandidateAnonymiser anonymiser;

    @Test
    void anonymisationRemovesWhatWasWrittenAndKeepsWhatStatisticsNeed() {
        ApiClient http = new ApiClient(port);
        long candidate = http.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Oppfølging", "lastName", "Anonym")).id();
        long process = http.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
        long meeting = jdbc.sql("""
                        insert into meeting (process_id, type, status, starts_at, duration_minutes, channel, location,
                            agenda, minutes, decisions, goals, training_plan, weekly_plan, roles, organizer_id, ical_uid)
                        values (:process, 'TREKLOVERSAMTALE', 'HELD', now(), 60, 'WORKPLACE', 'Hos Oppfølging',
                            'Agenda', 'Oppfølging Anonym sov dårlig', 'Kortere dager', 'Mål', 'Plan', 'Ukeplan',
                            'Roller', (select id from app_user where username = 'veileder'), gen_random_uuid()::text)
                        returning id""")
                .param("process", process).query(Long.class).single();
        jdbc.sql("""
                        insert into meeting_participant (meeting_id, position, role, name)
                        values (:m, 0, 'OTHER', 'Oppfølgings søster')""").param("m", meeting).update();
        jdbc.sql("""
                        insert into meeting_action_item (meeting_id, text, owner, done)
                        values (:m, 'Oppfølging Anonym skal til lege', 'Oppfølging', true)""")
                .param("m", meeting).update();
        jdbc.sql("""
                        insert into contact_entry (process_id, counterpart, form, initiator, occurred_at,
                            duration_minutes, note, author_id, created_at, updated_at)
                        values (:p, 'CANDIDATE', 'PHONE', 'COUNSELLOR', now(), 15, 'Oppfølging Anonym var syk',
                            (select id from app_user where username = 'veileder'), now(), now())""")
                .param("p", process).update();
        jdbc.sql("""
                        insert into notification (recipient_id, message_key, arguments, process_id, created_at)
                        values ((select id from app_user where username = 'veileder'), 'x',
                            array['Oppfølging Anonym'], :p, now())""")
                .param("p", process).update();

        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, candidate_id)
                        values (:u, 'x', 'Oppfølging Anonym', 'CANDIDATE', :c)""")
                .param("u", "anonym-" + candidate).param("c", candidate).update();
        jdbc.sql("""
                        insert into meeting_feedback (meeting_id, candidate_user_id, rating, heard, comment,
                            created_at, updated_at)
                        values (:m, (select id from app_user where username = :u), 'NOT_GOOD', 'PARTLY',
                            'Oppfølging Anonym ble ikke hørt', now(), now())""")
                .param("m", meeting).param("u", "anonym-" + candidate).update();

        anonymiser.anonymise(List.of(candidate), Instant.now());

        Map<String, Object> m = jdbc.sql("select * from meeting where id = :id").param("id", meeting).query()
                .singleRow();
        for (String text : List.of("location", "agenda", "minutes", "decisions", "goals", "training_plan",
                "weekly_plan", "roles")) {
            assertThat(m.get(text)).as(text).isNull();
        }
        assertThat(m).containsEntry("type", "TREKLOVERSAMTALE").containsEntry("status", "HELD")
                .containsEntry("channel", "WORKPLACE");
        String everything = jdbc.sql("""
                        select concat_ws('|', (select string_agg(name, ',') from meeting_participant where meeting_id = :m),
                                              (select string_agg(text || coalesce(owner, ''), ',')
                                                 from meeting_action_item where meeting_id = :m),
                                              (select string_agg(coalesce(note, ''), ',') from contact_entry where process_id = :p),
                                              (select string_agg(array_to_string(arguments, ','), ',')
                                                 from notification where process_id = :p),
                                              (select string_agg(coalesce(comment, ''), ',')
                                                 from meeting_feedback where meeting_id = :m))""")
                .param("m", meeting).param("p", process).query(String.class).single();
        assertThat(everything).doesNotContain("Oppfølging");
        assertThat(jdbc.sql("select duration_minutes from contact_entry where process_id = :p").param("p", process)
                .query(Integer.class).single()).isEqualTo(15);
        assertThat(jdbc.sql("select done from meeting_action_item where meeting_id = :m").param("m", meeting)
                .query(Boolean.class).single()).isTrue();
        // the candidate's feedback keeps its answers for statistics; what she wrote goes
        Map<String, Object> feedback = jdbc.sql("select rating, heard, comment from meeting_feedback where meeting_id = :m")
                .param("m", meeting).query().singleRow();
        assertThat(feedback).containsEntry("rating", "NOT_GOOD").containsEntry("heard", "PARTLY");
        assertThat(feedback.get("comment")).isNull();
    }
}
