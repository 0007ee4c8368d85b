package no.treklover.process;

import no.treklover.candidate.CandidateForm;

/** The create-process wizard: who the candidate is, their wishes, and optionally first goals. */
public class NewProcessForm extends CandidateForm {

    private Long existingCandidateId;
    private String goals;

    public Long getExistingCandidateId() {
        return existingCandidateId;
    }

    public void setExistingCandidateId(Long existingCandidateId) {
        this.existingCandidateId = existingCandidateId;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    /**
     * The person found by national id, with what is stored about them; what the counsellor already typed in step 2
     * (before going back to step 1) wins, so going back loses nothing.
     */
    void fillFrom(no.treklover.candidate.CandidateView existing) {
        NewProcessForm typed = new NewProcessForm();
        typed.copyStep2From(this);
        fill(existing);
        existingCandidateId = existing.id();
        if (typed.getEffortGroup() != null) {
            setEffortGroup(typed.getEffortGroup());
        }
        keep(typed.getWishes(), this::setWishes);
        keep(typed.getInterests(), this::setInterests);
        keep(typed.getStrengths(), this::setStrengths);
        keep(typed.getExperience(), this::setExperience);
        keep(typed.getEducation(), this::setEducation);
        keep(typed.getAdaptationNeeds(), this::setAdaptationNeeds);
    }

    private void copyStep2From(NewProcessForm other) {
        setEffortGroup(other.getEffortGroup());
        setWishes(other.getWishes());
        setInterests(other.getInterests());
        setStrengths(other.getStrengths());
        setExperience(other.getExperience());
        setEducation(other.getEducation());
        setAdaptationNeeds(other.getAdaptationNeeds());
    }

    private static void keep(String typed, java.util.function.Consumer<String> setter) {
        if (typed != null && !typed.isBlank()) {
            setter.accept(typed);
        }
    }
}
