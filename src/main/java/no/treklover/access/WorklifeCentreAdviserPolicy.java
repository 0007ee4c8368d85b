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
}
