package no.treklover.access;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Rådgiver ved NAV Arbeidslivssenter: the county's market work and escalated needs; sees no candidate's identity. */
@Component
class WorklifeCentreAdviserPolicy implements MarketSidePolicy {

    @Override
    public Role role() {
        return Role.WORKLIFE_CENTRE_ADVISER;
    }

    @Override
    public boolean permits(CurrentUser user, Permission permission, CaseScope scope, LocalDate today) {
        return false;
    }

    /**
     * The adviser belongs to a county-level unit (an Arbeidslivssenter, its own 4-digit unit with the county in
     * {@code office.county}) and sees and works on the needs escalated in that county. Not the offices' local boards:
     * a need reaches the county only when the local meeting (or the counsellor) escalates it, so the circle that
     * reads even an anonymised profile widens only by that decision (data minimisation).
     */
    @Override
    public NeedsBoardScope needsBoardScope(CurrentUser user) {
        return user.officeId() == null ? NeedsBoardScope.NONE
                : new NeedsBoardScope(null, user.officeId(), false, true, false);
    }

    /** Builds surveys in her unit (the Arbeidslivssenter) and reads their results: aggregates only. */
    @Override
    public String surveyOffice(CurrentUser user) {
        return user.officeId();
    }

    /** Her surveys go to the counsellors, mentors or employers of every office of her unit's county. */
    @Override
    public boolean surveysByCounty() {
        return true;
    }

    /** The Arbeidslivssenter adviser works with the county's employers (IA): edits NAV's fields of the register. */
    @Override
    public AccessPolicy.EmployerRegisterAccess employerRegisterAccess(CurrentUser user) {
        return AccessPolicy.EmployerRegisterAccess.EDIT;
    }
}
