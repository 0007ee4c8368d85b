package no.treklover.access;

/**
 * What the market side shares, the market contact and the Arbeidslivssenter adviser (BRIEF §2, §6): they read and
 * write the employer contact log across units and start on the market workspace. Each role's own policy adds the
 * rest (its office or county, the needs board).
 */
interface MarketSidePolicy extends RolePolicy {

    @Override
    default boolean readsEmployerContacts() {
        return true;
    }

    @Override
    default boolean logsEmployerContacts() {
        return true;
    }

    /** The market side organises job fairs, kick-offs and employer breakfasts (002 "Ta sjansen"). */
    @Override
    default EventAccess eventAccess() {
        return EventAccess.ORGANISE;
    }

    @Override
    default boolean hasMarketWorkspace() {
        return true;
    }

    /**
     * The market side writes the opportunities (kravspesifikasjon, BRIEF §6) of any employer: it is their work with
     * the employers, and the matching that proposes candidates for them.
     */
    @Override
    default AccessPolicy.OpportunityAccess opportunityAccess(CurrentUser user) {
        return AccessPolicy.OpportunityAccess.EDIT;
    }
}
