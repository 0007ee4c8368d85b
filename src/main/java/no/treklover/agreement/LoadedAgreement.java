package no.treklover.agreement;

import no.treklover.access.AccessPolicy.AgreementAccess;
import no.treklover.candidate.Candidate;
import no.treklover.process.InclusionProcess;

/** An agreement with its process and candidate, and what the user asking may do with it. */
record LoadedAgreement(MentorAgreement agreement, InclusionProcess process, Candidate candidate,
        AgreementAccess access) {

    AgreementContext context() {
        return new AgreementContext(candidate.getBirthDate(), candidate.getEffortGroup(), candidate.getNationalId(),
                candidate.getFirstName(), candidate.getLastName(), candidate.getPhone());
    }
}
