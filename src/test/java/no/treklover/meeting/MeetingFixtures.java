package no.treklover.meeting;

import static no.treklover.support.ApiClient.object;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.treklover.support.ApiClient;
import no.treklover.support.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Processes and meetings for the meeting tests, each test making its own. */
final class MeetingFixtures {

    private final ApiClient http;
    private final JdbcClient jdbc;

    MeetingFixtures(ApiClient http, JdbcClient jdbc) {
        this.http = http;
        this.jdbc = jdbc;
    }

    long newProcess() {
        long candidate = http.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Møte", "lastName", "Møtesen")).id();
        return http.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
    }

    /** With arbeidsgiver's employer and mentor as mentor, in Oppfølging from the given start date. */
    long partnerProcess(LocalDate start) {
        long process = newProcess();
        jdbc.sql("""
                        update inclusion_process set employer_id = (select employer_id from app_user where username = 'arbeidsgiver'),
                               mentor_user_id = (select id from app_user where username = 'mentor'), mentor_name = 'Mona Mentor',
                               phase = 'FOLLOW_UP', start_date = :start where id = :id""")
                .param("start", start).param("id", process).update();
        return process;
    }

    /** The mentor signs the confidentiality declaration on a new agreement of the process. */
    void mentorSigns(long process) {
        long agreement = http.post("veileder", "/api/v1/processes/" + process + "/agreements", object()).id();
        http.post("mentor", "/api/v1/agreements/" + agreement + "/confidentiality", object());
    }

    long kajasProcess() {
        return jdbc.sql("""
                        select p.id from inclusion_process p join app_user u on u.candidate_id = p.candidate_id
                        where u.username = 'kandidat' and p.open""").query(Long.class).single();
    }

    long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    ApiClient.Response create(long process, Map<String, Object> body) {
        return http.post("veileder", "/api/v1/processes/" + process + "/meetings", body);
    }

    long meeting(long process, String type, String startsAt, List<String> roles, String minutes) {
        ApiClient.Response created = create(process, object("type", type, "startsAt", startsAt, "channel",
                "WORKPLACE", "location", "Bakeriet", "participants",
                roles.stream().map(r -> object("role", r)).toList(), "minutes", minutes));
        if (created.status() != 201) {
            throw new IllegalStateException(created.body());
        }
        return created.id();
    }
}
