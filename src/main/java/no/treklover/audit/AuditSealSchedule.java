package no.treklover.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Seals new audit entries every few seconds ({@code treklover.audit.seal-interval}, default 2 s) on every node. */
@Component
class AuditSealSchedule {

    private static final Logger log = LoggerFactory.getLogger(AuditSealSchedule.class);

    private final AuditChainSealer sealer;

    AuditSealSchedule(AuditChainSealer sealer) {
        this.sealer = sealer;
    }

    @Scheduled(fixedDelayString = "${treklover.audit.seal-interval:2s}",
            initialDelayString = "${treklover.audit.seal-interval:2s}")
    void seal() {
        try {
            sealer.sealIfIdle();
        } catch (RuntimeException e) {
            // The next run tries again; entries wait unsealed meanwhile, nothing is lost.
            log.warn("Sealing the audit log failed; will retry", e);
        }
    }
}
