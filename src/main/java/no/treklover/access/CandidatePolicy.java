package no.treklover.access;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Kandidat: reads their own case and decides what of it is shared; changes nothing else. */
@Component
class CandidatePolicy implements RolePolicy {

    private static final Set<Permission> OWN = EnumSet.of(Permission.READ_CASE, Permission.READ_ADAPTATION_NEEDS,
            Permission.READ_SHARED_PROFILE, Permission.MANAGE_CONSENT);

    @Override
    public Role role() {
        return Role.CANDIDATE;
    }

    /** The candidate reads and approves their agreements, but never sees the mentor's pay. */
    @Override
    public AccessPolicy.AgreementAccess agreementAccess(CurrentUser user, CaseScope scope, boolean mentorSigned,
            LocalDate today) {
        return Objects.equals(user.candidateId(), scope.candidateId())
                ? AccessPolicy.AgreementAccess.WITHOUT_PAY : AccessPolicy.AgreementAccess.NONE;
    }

    @Override
    public boolean permits(CurrentUser user, Permission permission, CaseScope scope, LocalDate today) {
        return Objects.equals(user.candidateId(), scope.candidateId()) && OWN.contains(permission);
    }
}
