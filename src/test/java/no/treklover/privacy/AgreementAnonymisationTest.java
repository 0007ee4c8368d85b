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

/** Retention reaches the mentor agreements too: nobody stays named in them, the numbers stay. */
@IntegrationTest
class AgreementAnonymisationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CandidateAnonymiser anonymiser;

    @Test
    void anonymisationLeavesNoOneNamedInTheAgreement() {
        ApiClient http = new ApiClient(port);
        long candidate = http.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Avtale", "lastName", "Anonym")).id();
        long process = http.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
        long agreement = jdbc.sql("""
                        insert into mentor_agreement (process_id, candidate_id, office_id, employer_id, mentor_user_id,
                            mentor_first_name, mentor_last_name, mentor_phone, tasks, hours_per_month, start_date,
                            account_number, candidate_contact_phone, last_touched_at)
                        select p.id, p.candidate_id, p.office_id, (select min(id) from employer),
                               (select id from app_user where username = 'mentor'), 'Mona', 'Mentorsen', '91234567',
                               'Lære opp kandidaten', 20, date '2015-01-01', '12345678903', '92345678', now()
                        from inclusion_process p where p.id = :process
                        returning id""")
                .param("process", process).query(Long.class).single();

        anonymiser.anonymise(List.of(candidate), Instant.now());

        Map<String, Object> row = jdbc.sql("""
                        select mentor_first_name, mentor_last_name, mentor_phone, tasks, account_number,
                               candidate_contact_phone, mentor_user_id, hours_per_month, start_date
                        from mentor_agreement where id = :id""")
                .param("id", agreement).query().singleRow();
        assertThat(row).containsEntry("mentor_first_name", null).containsEntry("mentor_last_name", null)
                .containsEntry("mentor_phone", null).containsEntry("tasks", null).containsEntry("account_number", null)
                .containsEntry("candidate_contact_phone", null).containsEntry("mentor_user_id", null);
        assertThat(row.get("hours_per_month")).isNotNull();
        assertThat(row.get("start_date")).isNotNull();
    }
}
