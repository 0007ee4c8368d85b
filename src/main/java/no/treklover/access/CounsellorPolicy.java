package no.treklover.access;

import java.time.LocalDate;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Veileder: owns the cases of their office and may do everything in them, except the candidate's consent. */
@Component
class CounsellorPolicy implements RolePolicy {

    @Override
    public Role role() {
        return Role.COUNSELLOR;
    }

    @Override
    public boolean mayCreateCases(CurrentUser user) {
        return user.officeId() != null;
    }

    @Override
    public AccessPolicy.AgreementAccess agreementAccess(CurrentUser user, CaseScope scope, boolean mentorSigned,
            LocalDate today) {
        return permits(user, Permission.EDIT_CASE, scope, today)
                ? AccessPolicy.AgreementAccess.MANAGE : AccessPolicy.AgreementAccess.NONE;
    }

    @Override
    public boolean permits(CurrentUser user, Permission permission, CaseScope scope, LocalDate today) {
        return permission != Permission.MANAGE_CONSENT
                && user.officeId() != null && Objects.equals(user.officeId(), scope.officeId());
    }

    @Override
    public boolean draftsAgreements() {
        return true;
    }
}
