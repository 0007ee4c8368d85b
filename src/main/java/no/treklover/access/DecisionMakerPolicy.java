package no.treklover.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Beslutter: no case details, but reads and approves the mentor agreements of their office (four-eyes). */
@Component
class DecisionMakerPolicy implements RolePolicy {

    @Override
    public Role role() {
        return Role.DECISION_MAKER;
    }

    @Override
    public boolean permits(CurrentUser user, Permission permission, CaseScope scope, LocalDate today) {
        return false;
    }

    @Override
    public AccessPolicy.AgreementAccess agreementAccess(CurrentUser user, CaseScope scope, boolean mentorSigned,
            LocalDate today) {
        return user.officeId() != null && Objects.equals(user.officeId(), scope.officeId())
                ? AccessPolicy.AgreementAccess.READ : AccessPolicy.AgreementAccess.NONE;
    }

    /** The beslutter's queue holds the periods of their office; the role holds one office today. */
    @Override
    public List<String> grantPeriodOffices(CurrentUser user) {
        return user.officeId() == null ? List.of() : List.of(user.officeId());
    }

    @Override
    public boolean decidesGrantPeriods() {
        return true;
    }

    @Override
    public AccessPolicy.AgreementAccess approvesAgreementWith() {
        return AccessPolicy.AgreementAccess.READ;
    }

    /** Reads the employer contact log (NAV staff share it, it holds no candidate data); logs none: not its work. */
    @Override
    public boolean readsEmployerContacts() {
        return true;
    }

    /** The beslutter looks employers up for the agreements it decides; it does not keep their profile. */
    @Override
    public AccessPolicy.EmployerRegisterAccess employerRegisterAccess(CurrentUser user) {
        return AccessPolicy.EmployerRegisterAccess.READ;
    }
}
