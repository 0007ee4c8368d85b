package no.treklover.agreement;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records every {@link AgreementAmended} published in the test app, as the grant periods would receive it. */
@Component
class AmendmentRecorder {

    private final List<AgreementAmended> published = new CopyOnWriteArrayList<>();

    @EventListener
    void record(AgreementAmended amended) {
        published.add(amended);
    }

    List<AgreementAmended> of(long agreementId) {
        return published.stream().filter(a -> a.agreementId() == agreementId).toList();
    }
}
