package no.treklover.candidate;

import java.time.LocalDate;

/**
 * A candidate as one user may see them. Adaptation needs are health-related and left out unless the
 * policy allows this user to see them (the counsellor, the candidate, or someone with consent).
 */
public record CandidateView(
        long id,
        String nationalId,
        LocalDate birthDate,
        String firstName,
        String lastName,
        String phone,
        String email,
        String officeId,
        Long counsellorId,
        EffortGroup effortGroup,
        String wishes,
        String interests,
        String strengths,
        String experience,
        String education,
        String adaptationNeeds,
        boolean adaptationNeedsVisible,
        long version) {

    static CandidateView of(Candidate c, boolean mayReadAdaptationNeeds) {
        return new CandidateView(c.getId(), c.getNationalId(), c.getBirthDate(), c.getFirstName(), c.getLastName(),
                c.getPhone(), c.getEmail(), c.getOfficeId(), c.getCounsellorId(), c.getEffortGroup(), c.getWishes(),
                c.getInterests(), c.getStrengths(), c.getExperience(), c.getEducation(),
                mayReadAdaptationNeeds ? c.getAdaptationNeeds() : null, mayReadAdaptationNeeds, c.getVersion());
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
