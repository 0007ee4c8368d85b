package no.treklover.process;

import no.treklover.agreement.AgreementChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every change of a mentor agreement goes into its process's timeline, with time and actor. */
@Component
class AgreementTimeline {

    private final ProcessEventRepository events;

    AgreementTimeline(ProcessEventRepository events) {
        this.events = events;
    }

    @EventListener
    void record(AgreementChanged change) {
        String comment = "agreement:" + change.agreementId() + (change.detail() == null ? "" : ":" + change.detail());
        events.save(new ProcessEvent(change.processId(), change.at(), change.actorId(),
                ProcessEventType.valueOf("AGREEMENT_" + change.kind().name()), null, null, comment));
    }
}
