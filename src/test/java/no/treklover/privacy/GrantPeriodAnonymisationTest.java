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

/** Retention reaches the grant periods: the amounts and decisions stay, the beslutter's free text goes. */
@IntegrationTest
class GrantPeriodAnonymisationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CandidateAnonymiser anonymiser;

    @Test
    void anonymisationRemovesTheRejectionExplanation() {
        ApiClient http = new ApiClient(port);
        long candidate = http.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Periode", "lastName", "Anonym")).id();
        long process = http.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
        long agreement = jdbc.sql("""
                        insert into mentor_agreement (process_id, candidate_id, office_id, employer_id, start_date,
                            last_touched_at)
                        select p.id, p.candidate_id, p.office_id, (select min(id) from employer), date '2015-01-01',
                               now()
                        from inclusion_process p where p.id = :process
                        returning id""")
                .param("process", process).query(Long.class).single();
        long period = jdbc.sql("""
                        insert into grant_period (agreement_id, sequence_number, from_date, to_date, amount,
                            monthly_amount, status, decided_by, decided_at, rejected_by, rejected_at,
                            rejection_reasons, rejection_explanation)
                        values (:a, 1, date '2015-01-01', date '2015-01-31', 7821, 7821, 'AVSLATT',
                            (select id from app_user where username = 'beslutter'), now(),
                            (select id from app_user where username = 'beslutter'), now(), 'ANNET',
                            'Periode Anonym er syk og kan ikke starte')
                        returning id""")
                .param("a", agreement).query(Long.class).single();

        anonymiser.anonymise(List.of(candidate), Instant.now());

        Map<String, Object> row = jdbc.sql("""
                        select rejection_explanation, rejection_reasons, amount, status from grant_period where id = :id""")
                .param("id", period).query().singleRow();
        assertThat(row.get("rejection_explanation")).isEqualTo("-");
        assertThat(row).containsEntry("rejection_reasons", "ANNET").containsEntry("status", "AVSLATT");
        assertThat(row.get("amount")).isNotNull();
    }
}
