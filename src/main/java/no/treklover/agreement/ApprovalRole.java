package no.treklover.agreement;

import no.treklover.access.Role;

/** As whom a user approves an agreement; each is one role of the user (BRIEF §4 signing order). */
public enum ApprovalRole {
    CANDIDATE(Role.CANDIDATE),
    EMPLOYER(Role.EMPLOYER),
    COUNSELLOR(Role.COUNSELLOR),
    DECISION_MAKER(Role.DECISION_MAKER);

    private final Role role;

    ApprovalRole(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }

    /** The party a role approves as. */
    public static ApprovalRole of(Role role) {
        for (ApprovalRole candidate : values()) {
            if (candidate.role == role) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("No approval role for " + role);
    }
}
