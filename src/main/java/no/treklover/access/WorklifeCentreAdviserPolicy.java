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

    /** The market side's own work: reads and writes the employer contact log, and starts on the market workspace. */
    @Override
    public boolean readsEmployerContacts() {
        return true;
    }

    @Override
    public boolean logsEmployerContacts() {
        return true;
    }

    @Override
    public boolean hasMarketWorkspace() {
        return true;
    }
}
