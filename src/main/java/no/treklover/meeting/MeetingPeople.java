package no.treklover.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The accounts meetings refer to: names and e-mail addresses for invitations, and who may take part as whom. */
@Component
class MeetingPeople {

    record Account(long id, String displayName, String role, String officeId, Long employerId, String email) {
    }

    private final JdbcClient jdbc;

    MeetingPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> find(long id) {
        return jdbc.sql("select id, display_name, role, office_id, employer_id, email from app_user where id = :id")
                .param("id", id).query(Account.class).optional();
    }

    Map<Long, Account> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, display_name, role, office_id, employer_id, email from app_user where id in (:ids)")
                .param("ids", ids).query(Account.class).list().stream()
                .collect(Collectors.toMap(Account::id, a -> a));
    }

    /** The candidate's own login, if they have one. */
    Optional<Long> candidateAccount(long candidateId) {
        return jdbc.sql("select id from app_user where candidate_id = :c and role = 'CANDIDATE' and enabled order by id limit 1")
                .param("c", candidateId).query(Long.class).optional();
    }

    List<Account> employerAccounts(long employerId) {
        return jdbc.sql("""
                        select id, display_name, role, office_id, employer_id, email from app_user
                        where employer_id = :e and role = 'EMPLOYER' and enabled order by display_name""")
                .param("e", employerId).query(Account.class).list();
    }
}
