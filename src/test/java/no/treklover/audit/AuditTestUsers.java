package no.treklover.audit;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import no.treklover.identifiers.NationalId;
import no.treklover.support.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts the audit tests need beyond the demo users; all with the password "demo". */
final class AuditTestUsers {

    static final String OFFICER = "ombud-test";
    static final String OFFICER_NAME = "Olga Ombud";

    private static final AtomicInteger NEXT = new AtomicInteger();

    record Candidate(String username, long candidateId, String nationalId) {
    }

    private AuditTestUsers() {
    }

    static void ensureOfficer(JdbcClient jdbc, PasswordEncoder passwords) {
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role)
                        values (:username, :hash, :name, 'PRIVACY_OFFICER')
                        on conflict (username) do nothing""")
                .param("username", OFFICER)
                .param("hash", passwords.encode("demo"))
                .param("name", OFFICER_NAME)
                .update();
    }

    /** A candidate nobody has looked at yet, with a login of their own. */
    static Candidate freshCandidate(JdbcClient jdbc, PasswordEncoder passwords) {
        String nationalId = TestPeople.newNationalId();
        LocalDate birthDate = NationalId.parse(nationalId).orElseThrow().birthDate();
        long candidateId = jdbc.sql("""
                        insert into candidate (national_id, birth_date, first_name, last_name, office_id)
                        values (:nationalId, :birthDate, 'Ny', 'Innsyn', '0315') returning id""")
                .param("nationalId", nationalId)
                .param("birthDate", birthDate)
                .query(Long.class).single();
        String username = "innsyn-" + candidateId + "-" + NEXT.incrementAndGet();
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, candidate_id)
                        values (:username, :hash, 'Ny Innsyn', 'CANDIDATE', :candidateId)""")
                .param("username", username)
                .param("hash", passwords.encode("demo"))
                .param("candidateId", candidateId)
                .update();
        return new Candidate(username, candidateId, nationalId);
    }

    static long candidateIdOf(JdbcClient jdbc, String username) {
        return jdbc.sql("select candidate_id from app_user where username = :username").param("username", username)
                .query(Long.class).single();
    }

    static String nationalIdOf(JdbcClient jdbc, long candidateId) {
        return jdbc.sql("select national_id from candidate where id = :id").param("id", candidateId)
                .query(String.class).single();
    }
}
