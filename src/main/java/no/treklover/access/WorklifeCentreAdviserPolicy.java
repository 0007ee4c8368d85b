package no.treklover.access;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Rådgiver ved NAV Arbeidslivssenter: the county's market work and escalated needs; sees no candidate's identity. */
@Component
class WorklifeCentreAdviserPolicy implements RolePolicy {

    @Override
    public Role role() {
        return Role.WORKLIFE_CENTRE_ADVISER;
    }

    @Override
    public boolean permits(CurrentUser user, Permission permission, CaseScope scope, LocalDate today) {
        return false;
    }

    /** The Arbeidslivssenter adviser works with the county's employers (IA): edits NAV's fields of the register. */
    @Override
    public AccessPolicy.EmployerRegisterAccess employerRegisterAccess(CurrentUser user) {
        return AccessPolicy.EmployerRegisterAccess.EDIT;
    }
}
