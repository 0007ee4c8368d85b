package no.treklover.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import no.treklover.candidate.EffortGroup;
import no.treklover.identifiers.NationalId;
import no.treklover.process.Phase;

/** Makes up candidates with unique synthetic national ids and a plausible assessment (kartlegging). */
final class DemoCandidates {

    private final Random random;
    private final Set<String> nationalIds = new HashSet<>();

    DemoCandidates(Random random) {
        this.random = random;
    }

    /**
     * A candidate aged {@code minAge}–{@code maxAge} on {@code onDay}, followed by the counsellor; a candidate
     * still at Kartlegging may lack parts of the assessment.
     */
    DemoData.Candidate create(int counsellor, String officeId, Phase phase, LocalDate onDay, int minAge, int maxAge,
                              OffsetDateTime createdAt) {
        DemoData.Candidate c = new DemoData.Candidate();
        c.firstName = DemoPeople.pick(random, DemoPeople.FIRST_NAMES);
        c.lastName = DemoPeople.pick(random, DemoPeople.LAST_NAMES);
        c.birthDate = onDay.minusYears(DemoTimeline.between(random, minAge, maxAge)).minusDays(random.nextInt(365));
        c.nationalId = nationalId(c.birthDate);
        c.phone = DemoPeople.mobile(random);
        c.email = random.nextInt(10) < 6 ? DemoPeople.email(c.firstName, c.lastName, null) : null;
        c.officeId = officeId;
        c.counsellor = counsellor;
        boolean assessing = phase == Phase.ASSESSMENT;
        c.effortGroup = effortGroup(assessing);
        c.wishes = !assessing || random.nextInt(10) < 8 ? DemoPeople.pick(random, DemoPeople.WISHES) : null;
        c.interests = !assessing || random.nextInt(10) < 7 ? DemoPeople.someOf(random, DemoPeople.INTERESTS) : null;
        c.strengths = !assessing || random.nextInt(10) < 6 ? DemoPeople.someOf(random, DemoPeople.STRENGTHS) : null;
        int known = assessing ? 6 : 9;
        c.experience = random.nextInt(10) < known ? DemoPeople.someOf(random, DemoPeople.EXPERIENCE) : null;
        c.education = random.nextInt(10) < known ? DemoPeople.pick(random, DemoPeople.EDUCATION) : null;
        c.adaptationNeeds = random.nextInt(10) < 3 ? DemoPeople.pick(random, DemoPeople.ADAPTATION_NEEDS) : null;
        c.createdAt = createdAt;
        c.updatedAt = createdAt;
        return c;
    }

    /** Mostly the groups where a mentor may be granted for up to 36 months (BRIEF §4). */
    private EffortGroup effortGroup(boolean assessing) {
        int roll = random.nextInt(100);
        if (assessing && roll < 8) {
            return null;  // not yet decided (§14a)
        }
        if (assessing && roll < 12) {
            return EffortGroup.STANDARD_INNSATS;
        }
        if (roll < 50) {
            return EffortGroup.SPESIELT_TILPASSET_INNSATS;
        }
        if (roll < 75) {
            return EffortGroup.SITUASJONSBESTEMT_INNSATS;
        }
        return roll < 88 ? EffortGroup.VARIG_TILPASSET_INNSATS : EffortGroup.GRADERT_VARIG_TILPASSET_INNSATS;
    }

    /** Individual numbers 000–499 belong to 1900–1999 and 500–999 to 2000–2039. */
    String nationalId(LocalDate birthDate) {
        int low = birthDate.getYear() >= 2000 ? 500 : 0;
        int start = random.nextInt(500);
        for (int i = 0; i < 500; i++) {
            var id = NationalId.syntheticOrEmpty(birthDate, low + (start + i) % 500);
            if (id.isPresent() && nationalIds.add(id.get())) {
                return id.get();
            }
        }
        throw new IllegalStateException("No free synthetic national id for " + birthDate);
    }
}
