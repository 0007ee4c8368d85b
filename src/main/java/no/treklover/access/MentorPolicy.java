package no.treklover.access;

import java.util.Objects;
import org.springframework.stereotype.Component;

/** Mentor: only processes where they are the mentor (the confidentiality declaration gate comes with agreements). */
@Component
class MentorPolicy extends PartnerPolicy {

    @Override
    public Role role() {
        return Role.MENTOR;
    }

    @Override
    boolean takesPart(CurrentUser user, CaseScope scope) {
        return scope.mentorUserId() != null && Objects.equals(scope.mentorUserId(), user.id());
    }

    @Override
    Audience audience() {
        return Audience.MENTOR;
    }
}
