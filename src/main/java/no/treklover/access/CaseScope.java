package no.treklover.access;

/** The facts about a candidate's case that decide who may see it. */
public record CaseScope(long candidateId, String officeId, Long counsellorId, Long mentorUserId, Long employerId) {

    public static CaseScope ofCandidate(long candidateId, String officeId, Long counsellorId) {
        return new CaseScope(candidateId, officeId, counsellorId, null, null);
    }
}
