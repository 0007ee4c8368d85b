package no.treklover.agreement;

import no.treklover.access.AccessPolicy.AgreementAccess;
import no.treklover.candidate.Candidate;
import no.treklover.process.InclusionProcess;

/**
 * An agreement with its process and candidate, and what the user asking may do with it.
 *
 * @param seesAdaptation whether the user may see the adaptation text (the mentor and the employer only with the
 *     candidate's consent to share adaptation needs with them)
 */
record LoadedAgreement(MentorAgreement agreement, InclusionProcess process, Candidate candidate,
        AgreementAccess access, boolean seesAdaptation) {

    AgreementContext context() {
        return new AgreementContext(candidate.getBirthDate(), candidate.getEffortGroup(), candidate.getNationalId(),
                candidate.getFirstName(), candidate.getLastName(), candidate.getPhone());
    }
}
