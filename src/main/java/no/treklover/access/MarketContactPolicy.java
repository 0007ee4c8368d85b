package no.treklover.access;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Markedskontakt / IA-rådgiver: works on the employer register, the contact log across units and the needs board of the office; sees no candidate's identity, only the anonymised need. */
@Component
class MarketContactPolicy implements MarketSidePolicy {

    @Override
    public Role role() {
        return Role.MARKET_CONTACT;
    }

    @Override
    public boolean permits(CurrentUser user, Permission permission, CaseScope scope, LocalDate today) {
        return false;
    }

    /**
     * The market contact runs the office's weekly market meeting: sees the office's needs at both levels (to follow
     * the escalated ones) and records the local meeting's decisions; never the candidate, only the anonymised need.
     */
    @Override
    public NeedsBoardScope needsBoardScope(CurrentUser user) {
        return user.officeId() == null ? NeedsBoardScope.NONE
                : new NeedsBoardScope(user.officeId(), null, true, false, false);
    }

    @Override
    public boolean mayImportEmployers() {
        return true;
    }

    /** The market contact's own work: the register with NAV's fields, contact persons, NAV contacts and visit notes. */
    @Override
    public AccessPolicy.EmployerRegisterAccess employerRegisterAccess(CurrentUser user) {
        return AccessPolicy.EmployerRegisterAccess.EDIT;
    }
}
