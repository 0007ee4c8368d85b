package no.treklover.process;

import java.time.Instant;
import java.util.List;
import no.treklover.access.Audience;
import no.treklover.access.ConsentItem;

/**
 * The candidate as a partner at the workplace sees them: a name, the process's phase and workplace,
 * and only the items the candidate has chosen to share with this user's side, with since when. A mentor who has
 * not signed the confidentiality declaration sees no items ({@code declarationRequired}).
 */
public record SharedProfile(long processId, String candidateName, Phase phase, String employerName,
        String mentorName, List<SharedItem> items, boolean declarationRequired) {

    /**
     * @param sharedSince for the mentor and the employer: since when the item is shared with their own side; for
     *     the counsellor and the candidate: since when it is shared with anyone
     * @param grants each audience the item is shared with, with since when
     */
    public record SharedItem(ConsentItem item, String text, List<Audience> sharedWith, Instant sharedSince,
            List<Grant> grants) {
    }

    /** The item is shared with this audience since then. */
    public record Grant(Audience audience, Instant since) {
    }
}
