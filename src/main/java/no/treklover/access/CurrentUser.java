package no.treklover.access;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as the rest of the app sees it. Serializable because sessions live in the
 * database (Spring Session JDBC) and any node may read them.
 */
public record CurrentUser(
        long id,
        String username,
        String displayName,
        Role role,
        String officeId,
        Long employerId,
        Long candidateId,
        String passwordHash,
        boolean enabled) implements UserDetails, Serializable {

    static CurrentUser of(UserAccount account) {
        return new CurrentUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getOfficeId(), account.getEmployerId(), account.getCandidateId(), account.getPasswordHash(),
                account.isEnabled());
    }

    /** The account acting without a login of its own (a calendar feed, a scheduled job): no password hash. */
    public static CurrentUser withoutCredentials(UserAccount account) {
        return new CurrentUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getOfficeId(), account.getEmployerId(), account.getCandidateId(), null, account.isEnabled());
    }

    public boolean is(Role other) {
        return role == other;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled && passwordHash != null;
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + ", " + role + "]";
    }
}
