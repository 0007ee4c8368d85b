package no.treklover.process;

import java.util.List;
import no.treklover.consent.ConsentChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Consent changes belong in the timeline of the candidate's current process (the open one, else the latest). */
@Component
class ConsentTimeline {

    private final InclusionProcessRepository processes;
    private final ProcessEventRepository events;

    ConsentTimeline(InclusionProcessRepository processes, ProcessEventRepository events) {
        this.processes = processes;
        this.events = events;
    }

    @EventListener
    void record(ConsentChanged change) {
        List<InclusionProcess> own = processes.findByCandidateIdOrderByCreatedAtDesc(change.candidateId());
        own.stream()
                .filter(InclusionProcess::isOpen)
                .findFirst()
                .or(() -> own.stream().findFirst())
                .ifPresent(process -> events.save(new ProcessEvent(process.getId(), change.at(), change.actorId(),
                        change.granted() ? ProcessEventType.CONSENT_GRANTED : ProcessEventType.CONSENT_WITHDRAWN,
                        null, null, change.item().name() + ":" + change.audience().name())));
    }
}
