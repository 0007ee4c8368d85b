package no.treklover.access;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Mentor and employer: the partners at the workplace. They see the candidate's shared profile of the
 * processes they take part in, until 12 weeks after the end, and of the candidate's items only what the
 * candidate has consented to share with them. Nothing else of the case, never the national id.
 */
abstract class PartnerPolicy implements RolePolicy {

    /** Is this user the partner of this process (its mentor, or its employer's representative)? */
    abstract boolean takesPart(CurrentUser user, CaseScope scope);

    abstract Audience audience();

    @Override
    public boolean permits(CurrentUser user, Permission permission, CaseScope scope, LocalDate today) {
        return permission == Permission.READ_SHARED_PROFILE && takesPart(user, scope)
                && scope.partnerAccessOpenOn(today);
    }

    @Override
    public boolean seesAgreementAdaptationOnlyWithConsent() {
        return true;
    }

    @Override
    public Set<ConsentItem> visibleItems(CurrentUser user, CaseScope scope, LocalDate today,
            ConsentRegistry consents) {
        return permits(user, Permission.READ_SHARED_PROFILE, scope, today)
                ? consents.sharedWith(scope.candidateId(), audience()) : EnumSet.noneOf(ConsentItem.class);
    }
}
