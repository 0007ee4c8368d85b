package no.treklover.access.oidc;

import java.util.Objects;
import java.util.Optional;
import no.treklover.access.CurrentUser;
import no.treklover.access.LoginRefusal;
import no.treklover.access.LoginRefusedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Just-in-time accounts for OpenID Connect users: the app_user row is created at the first login and brought up
 * to date with the claims at every later one, so audit log and timeline can name the user by id. Rows carry no
 * password; a row created for another issuer or a local (password) account is never taken over.
 */
public class OidcAccounts {

    private record Links(String officeId, Long employerId, Long candidateId) {
    }

    private record Account(long id, String issuer, boolean enabled, String displayName, String role, String officeId,
                           Long employerId, Long candidateId) {
    }

    private final JdbcClient jdbc;

    OidcAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public CurrentUser provision(String issuer, ExternalIdentity identity) {
        Links links = links(identity);
        Account account = find(identity.username()).orElseGet(() -> insert(issuer, identity, links));
        if (!issuer.equals(account.issuer())) {
            throw new LoginRefusedException(LoginRefusal.ACCOUNT_CONFLICT);
        }
        if (!account.enabled()) {
            throw new LoginRefusedException(LoginRefusal.DISABLED);
        }
        if (changed(account, identity, links)) {
            update(account.id(), identity, links);
        }
        return new CurrentUser(account.id(), identity.username(), identity.displayName(), identity.role(),
                links.officeId(), links.employerId(), links.candidateId(), null, true);
    }

    /**
     * Office, employer and candidate by the keys the claims carry. Read here rather than through those features'
     * services, whose methods all act on behalf of a user already logged in.
     */
    private Links links(ExternalIdentity identity) {
        Links links = jdbc.sql("""
                        select (select id from office where id = :officeId) as office_id,
                               (select id from employer where org_number = :orgNumber) as employer_id,
                               (select id from candidate where national_id = :nationalId) as candidate_id""")
                .param("officeId", identity.officeId())
                .param("orgNumber", identity.orgNumber())
                .param("nationalId", identity.nationalId())
                .query((rs, n) -> new Links(rs.getString("office_id"), rs.getObject("employer_id", Long.class),
                        rs.getObject("candidate_id", Long.class)))
                .single();
        if (identity.officeId() != null && links.officeId() == null) {
            throw new LoginRefusedException(LoginRefusal.UNKNOWN_OFFICE);
        }
        if (identity.orgNumber() != null && links.employerId() == null) {
            throw new LoginRefusedException(LoginRefusal.UNKNOWN_EMPLOYER);
        }
        if (identity.nationalId() != null && links.candidateId() == null) {
            throw new LoginRefusedException(LoginRefusal.UNKNOWN_CANDIDATE);
        }
        return links;
    }

    private Optional<Account> find(String username) {
        return jdbc.sql("""
                        select id, oidc_issuer, enabled, display_name, role, office_id, employer_id, candidate_id
                        from app_user where username = :username""")
                .param("username", username)
                .query((rs, n) -> new Account(rs.getLong("id"), rs.getString("oidc_issuer"), rs.getBoolean("enabled"),
                        rs.getString("display_name"), rs.getString("role"), rs.getString("office_id"),
                        rs.getObject("employer_id", Long.class), rs.getObject("candidate_id", Long.class)))
                .optional();
    }

    /** Two first logins at once on two nodes: the second insert does nothing and reads the first one's row. */
    private Account insert(String issuer, ExternalIdentity identity, Links links) {
        jdbc.sql("""
                        insert into app_user (username, display_name, role, office_id, employer_id, candidate_id,
                                              oidc_issuer, enabled)
                        values (:username, :displayName, :role, :officeId, :employerId, :candidateId, :issuer, true)
                        on conflict (username) do nothing""")
                .param("username", identity.username())
                .param("displayName", identity.displayName())
                .param("role", identity.role().name())
                .param("officeId", links.officeId())
                .param("employerId", links.employerId())
                .param("candidateId", links.candidateId())
                .param("issuer", issuer)
                .update();
        return find(identity.username()).orElseThrow();
    }

    private static boolean changed(Account account, ExternalIdentity identity, Links links) {
        return !(Objects.equals(account.displayName(), identity.displayName())
                && Objects.equals(account.role(), identity.role().name())
                && Objects.equals(account.officeId(), links.officeId())
                && Objects.equals(account.employerId(), links.employerId())
                && Objects.equals(account.candidateId(), links.candidateId()));
    }

    private void update(long id, ExternalIdentity identity, Links links) {
        jdbc.sql("""
                        update app_user set display_name = :displayName, role = :role, office_id = :officeId,
                                            employer_id = :employerId, candidate_id = :candidateId
                        where id = :id""")
                .param("id", id)
                .param("displayName", identity.displayName())
                .param("role", identity.role().name())
                .param("officeId", links.officeId())
                .param("employerId", links.employerId())
                .param("candidateId", links.candidateId())
                .update();
    }
}
