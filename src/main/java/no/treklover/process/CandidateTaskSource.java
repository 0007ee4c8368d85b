package no.treklover.process;

import java.util.List;
import no.treklover.access.CurrentUser;

/**
 * A feature's part of the candidate's "Dette må du gjøre nå": what waits for her in her process now (approve the
 * agreement, give feedback on a meeting, look at the weekly plan). Beans of this type are gathered by her home page
 * in their {@code @Order}. An implementation reads what the feature's own card on the page reads, through the same
 * request-memoised section call, so the page reads each kind of data once; it never throws for missing access, it
 * returns nothing.
 */
public interface CandidateTaskSource {

    List<CandidateTask> tasksFor(CurrentUser user, InclusionProcess process);
}
