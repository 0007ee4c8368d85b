package no.treklover.access;

/** What one role may do with a case. One implementation per role; {@link AccessPolicy} picks it. */
interface RolePolicy {

    Role role();

    /** May this user create cases (candidates and processes) at their own office? */
    default boolean mayCreateCases(CurrentUser user) {
        return false;
    }

    boolean permits(CurrentUser user, Permission permission, CaseScope scope);
}
