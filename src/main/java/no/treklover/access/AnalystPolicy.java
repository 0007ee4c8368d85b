package no.treklover.access;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Analytiker: the statistics of a county (an account with a unit reads that unit's county) or of the nation (an
 * account without a unit), aggregates only and suppressed; no case, no candidate, no employer register.
 */
@Component
class AnalystPolicy implements RolePolicy {

    @Override
    public Role role() {
        return Role.ANALYST;
    }

    @Override
    public boolean permits(CurrentUser user, Permission permission, CaseScope scope, LocalDate today) {
        return false;
    }

    @Override
    public StatisticsReach statisticsReach(CurrentUser user) {
        return user.officeId() == null ? StatisticsReach.nation() : StatisticsReach.countyOf(user.officeId());
    }
}
