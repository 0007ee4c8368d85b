package no.treklover.access.oidc;

import no.treklover.access.Role;

/**
 * Who an OpenID Connect login or bearer token says the user is, in our terms. References are still raw: the
 * office, organisation number and national id are looked up when the account is provisioned.
 */
public record ExternalIdentity(
        String username,
        String displayName,
        Role role,
        String officeId,
        String orgNumber,
        String nationalId) {

    @Override
    public String toString() {
        return "ExternalIdentity[" + username + ", " + role + "]";
    }
}
