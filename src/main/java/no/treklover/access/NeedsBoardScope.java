package no.treklover.access;

/**
 * Which needs of the needs board (elektronisk tavle, issue 12) a user sees and works on, as their role's policy
 * answers it ({@code RolePolicy#needsBoardScope}). The board shows only the anonymised need, never the candidate.
 *
 * @param officeId the office whose needs (both levels) the user sees, or null
 * @param countyUnitId the county-level unit (an Arbeidslivssenter) whose county's escalated needs the user sees, or
 *        null; the county is the unit's {@code office.county}
 * @param actsLocally whether the user records the local market meeting's decisions on the office's needs
 * @param actsAtCounty whether the user records the Arbeidslivssenter meeting's decisions on the county's needs
 * @param postsNeeds whether the user posts needs from the processes they may change (the counsellor)
 */
public record NeedsBoardScope(String officeId, String countyUnitId, boolean actsLocally, boolean actsAtCounty,
        boolean postsNeeds) {

    public static final NeedsBoardScope NONE = new NeedsBoardScope(null, null, false, false, false);

    public boolean seesBoard() {
        return officeId != null || countyUnitId != null;
    }

    /**
     * Whether the user may see this need: a need of their office, or an escalated need of their unit's county.
     *
     * @param viewerCounty the county of the user's unit ({@code office.county} of {@link #countyUnitId}), or null
     */
    public boolean sees(NeedFacts need, String viewerCounty) {
        return (officeId != null && officeId.equals(need.officeId()))
                || (countyUnitId != null && need.escalated() && viewerCounty != null
                        && viewerCounty.equals(need.county()));
    }

    /** Whether the user records a meeting's decisions on this need (propose, escalate, postpone, close …). */
    public boolean decides(NeedFacts need, String viewerCounty) {
        if (!sees(need, viewerCounty)) {
            return false;
        }
        return need.escalated()
                ? actsAtCounty && countyUnitId != null && viewerCounty.equals(need.county())
                : actsLocally && officeId != null && officeId.equals(need.officeId());
    }

    /** The facts about one need that decide who sees it. */
    public record NeedFacts(long candidateId, String officeId, String county, boolean escalated) {
    }
}
