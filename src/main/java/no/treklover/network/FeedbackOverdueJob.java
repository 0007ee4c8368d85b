package no.treklover.network;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import no.treklover.platform.jobs.SingleNodeBatches;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning: the office leaders hear of each feedback item that has waited 30 days for NAV's answer, once per
 * item (marked in {@code network_feedback.overdue_notified_at}), by one node.
 */
@Component
class FeedbackOverdueJob {

    /** "TRKLNETW" in ASCII. */
    static final long LOCK_KEY = 0x54524B4C4E455457L;
    private static final Logger log = LoggerFactory.getLogger(FeedbackOverdueJob.class);

    private final SingleNodeBatches batches;
    private final NetworkService networks;

    FeedbackOverdueJob(SingleNodeBatches batches, NetworkService networks) {
        this.batches = batches;
        this.networks = networks;
    }

    @Scheduled(cron = "${treklover.network.overdue-cron:0 45 6 * * *}", zone = "Europe/Oslo")
    void morning() {
        batches.<Integer>run(LOCK_KEY, previous -> previous == null ? networks.notifyOverdue() : 0, told -> told == 0)
                .ifPresent(told -> {
                    if (!told.isEmpty()) {
                        log.info("Mentor feedback: {} items waited 30 days, office leaders told", told.get(0));
                    }
                });
    }
}
