package no.treklover.demo;

/** One row of the baseline study's table of 21 mentor cases (seed 000, table 1), in its Norwegian wording. */
record BaselineCase(
        int number,
        String industry,
        String justification,
        String counsellorKnewCompany,
        String attachmentBefore,
        String contactCounsellorMentor,
        String contactCounsellorCandidate,
        String contactCounsellorEmployer,
        String attachedAtEnd) {
}
