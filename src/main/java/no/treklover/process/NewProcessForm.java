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

    void fillFrom(no.treklover.candidate.CandidateView existing) {
        fill(existing);
        existingCandidateId = existing.id();
    }
}
