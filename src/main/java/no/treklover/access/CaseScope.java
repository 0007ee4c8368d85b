package no.treklover.access;

import java.time.LocalDate;

/**
 * The facts about a candidate's case that decide who may see it. {@code partnerAccessEndsOn} is the last
 * day the employer and the mentor may see it, as {@link PartnerAccessWindow} decides (12 weeks after the earlier of
 * the process's end and its agreements' end); null while nothing has ended.
 */
public record CaseScope(long candidateId, String officeId, Long counsellorId, Long mentorUserId, Long employerId,
        LocalDate partnerAccessEndsOn) {

    /** Employer and mentor keep access this long after the end of the agreement or process (BRIEF §2). */
    public static final int PARTNER_ACCESS_WEEKS_AFTER_END = 12;

    public static CaseScope ofCandidate(long candidateId, String officeId, Long counsellorId) {
        return new CaseScope(candidateId, officeId, counsellorId, null, null, null);
    }

    public boolean partnerAccessOpenOn(LocalDate day) {
        return partnerAccessEndsOn == null || !day.isAfter(partnerAccessEndsOn);
    }
}
