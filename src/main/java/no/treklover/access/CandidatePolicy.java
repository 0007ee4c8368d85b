package no.treklover.access;

import java.util.Objects;
import org.springframework.stereotype.Component;

/** Kandidat: reads their own case, including their own adaptation needs; changes nothing here yet. */
@Component
class CandidatePolicy implements RolePolicy {

    @Override
    public Role role() {
        return Role.CANDIDATE;
    }

    @Override
    public boolean permits(CurrentUser user, Permission permission, CaseScope scope) {
        boolean own = Objects.equals(user.candidateId(), scope.candidateId());
        return own && (permission == Permission.READ_CASE || permission == Permission.READ_ADAPTATION_NEEDS);
    }
}
