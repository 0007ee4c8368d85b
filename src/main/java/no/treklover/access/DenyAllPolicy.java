package no.treklover.access;

/** The default for a role: no access to cases. */
record DenyAllPolicy(Role role) implements RolePolicy {

    @Override
    public boolean permits(CurrentUser user, Permission permission, CaseScope scope) {
        return false;
    }
}
