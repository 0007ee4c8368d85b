package no.treklover.access;

import java.time.LocalDate;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Arbeidsgiver: processes at the organisation they represent. */
@Component
class EmployerPolicy extends PartnerPolicy {

    @Override
    public Role role() {
        return Role.EMPLOYER;
    }

    @Override
    boolean takesPart(CurrentUser user, CaseScope scope) {
        return user.employerId() != null && Objects.equals(scope.employerId(), user.employerId());
    }

    @Override
    public AccessPolicy.AgreementAccess agreementAccess(CurrentUser user, CaseScope scope, boolean mentorSigned,
            LocalDate today) {
        return takesPart(user, scope) && scope.partnerAccessOpenOn(today)
                ? AccessPolicy.AgreementAccess.READ : AccessPolicy.AgreementAccess.NONE;
    }

    @Override
    Audience audience() {
        return Audience.EMPLOYER;
    }

    @Override
    public boolean draftsAgreements() {
        return true;
    }
}
