package no.treklover.access;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Systemadministrator: runs the employer register import; sees no case content. */
@Component
class AdministratorPolicy implements RolePolicy {

    @Override
    public Role role() {
        return Role.ADMINISTRATOR;
    }

    @Override
    public boolean permits(CurrentUser user, Permission permission, CaseScope scope, LocalDate today) {
        return false;
    }

    @Override
    public boolean mayImportEmployers() {
        return true;
    }

    /** The administrator runs the import and may look the register up; NAV's fields are the market side's. */
    @Override
    public AccessPolicy.EmployerRegisterAccess employerRegisterAccess(CurrentUser user) {
        return AccessPolicy.EmployerRegisterAccess.READ;
    }
}
