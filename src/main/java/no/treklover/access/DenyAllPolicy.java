package no.treklover.access;

import java.time.LocalDate;

/** The default for a role: no access to cases. */
record DenyAllPolicy(Role role) implements RolePolicy {

    @Override
    public boolean permits(CurrentUser user, Permission permission, CaseScope scope, LocalDate today) {
        return false;
    }
}
