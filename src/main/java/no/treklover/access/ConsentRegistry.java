package no.treklover.access;

import java.util.Set;

/**
 * The candidate's standing consents, as the access policy needs them. Implemented by the consent
 * feature; an interface here so that access does not depend on it.
 */
public interface ConsentRegistry {

    /** The items this candidate currently shares with this audience. */
    Set<ConsentItem> sharedWith(long candidateId, Audience audience);
}
