package no.treklover.process;

import java.util.List;
import java.util.Map;
import no.treklover.candidate.CandidateView;
import no.treklover.employer.Employer;
import no.treklover.platform.errors.RuleViolationException.Violation;

/** Everything the process page shows, gathered once. */
public record ProcessOverview(
        InclusionProcess process,
        CandidateView candidate,
        Employer employer,
        List<ProcessMeasure> measures,
        List<ProcessEvent> timeline,
        Map<Long, String> actorNames,
        long daysInPhase,
        Phase nextPhase,
        List<Violation> missingForNext,
        List<Phase> earlierPhases,
        List<no.treklover.consent.ConsentStatus> consents) {

    public boolean canMoveForward() {
        return nextPhase != null && missingForNext.isEmpty();
    }

    public String actorName(Long actorId) {
        return actorId == null ? "" : actorNames.getOrDefault(actorId, "");
    }

    /** For the timeline: a consent event's item and audience, from its "ITEM:AUDIENCE" comment. */
    public String[] consentParts(ProcessEvent event) {
        return event.getComment() == null ? new String[] {"", ""} : event.getComment().split(":", 2);
    }

    /** For the timeline: the names of fields changed in a DETAILS_UPDATED event. */
    public List<String> changedFields(ProcessEvent event) {
        return event.getComment() == null ? List.of() : List.of(event.getComment().split(","));
    }
}
