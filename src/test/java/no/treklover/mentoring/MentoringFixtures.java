package no.treklover.mentoring;

import static no.treklover.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import no.treklover.support.ApiClient;
import no.treklover.support.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Fresh processes with demo "mentor" as mentor at "arbeidsgiver"'s employer, so tests disturb nobody. */
final class MentoringFixtures {

    record Fixture(long processId, String candidateUser, long agreementId) {
    }

    private final ApiClient api;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    MentoringFixtures(ApiClient api, JdbcClient jdbc, PasswordEncoder passwords) {
        this.api = api;
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** A process at veileder's office with mentor and employer, a candidate login, and an agreement not yet signed. */
    Fixture unsigned() {
        long candidate = api.post("veileder", "/api/v1/candidates", object("nationalId", TestPeople.newNationalId(),
                "firstName", "Mia", "lastName", "Mentee-" + ThreadLocalRandom.current().nextInt(100_000))).id();
        long process = api.post("veileder", "/api/v1/processes", object("candidateId", candidate)).id();
        long employer = jdbc.sql("select employer_id from app_user where username = 'arbeidsgiver'")
                .query(Long.class).single();
        jdbc.sql("update inclusion_process set employer_id = :e, mentor_user_id = "
                        + "(select id from app_user where username = 'mentor') where id = :id")
                .param("e", employer).param("id", process).update();
        String username = "kand-" + process;
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, candidate_id)
                        values (:u, :h, 'Mia Mentee', 'CANDIDATE', :c) on conflict (username) do nothing""")
                .param("u", username).param("h", passwords.encode("demo")).param("c", candidate).update();
        ApiClient.Response agreement = api.post("veileder", "/api/v1/processes/" + process + "/agreements", object());
        assertThat(agreement.status()).isEqualTo(201);
        return new Fixture(process, username, agreement.id());
    }

    /** The same, with the mentor's confidentiality declaration signed. */
    Fixture signed() {
        Fixture f = unsigned();
        sign(f);
        return f;
    }

    void sign(Fixture f) {
        assertThat(api.post("mentor", "/api/v1/agreements/" + f.agreementId() + "/confidentiality", object())
                .status()).isEqualTo(200);
    }

    /** A mentor and an employer representative at another employer than the process's. */
    void otherWorkplaceUsers() {
        long employer = jdbc.sql("select employer_id from app_user where username = 'arbeidsgiver'")
                .query(Long.class).single();
        long other = jdbc.sql("select min(id) from employer where id <> :id").param("id", employer)
                .query(Long.class).single();
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, employer_id) values
                        ('mentor2', :hash, 'Mentor i annen bedrift', 'MENTOR', :other),
                        ('arbeidsgiver2', :hash, 'Arbeidsgiver i annen bedrift', 'EMPLOYER', :other)
                        on conflict (username) do nothing""")
                .param("hash", passwords.encode("demo")).param("other", other).update();
    }
}
